package hearth.quality;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.BrowserTest;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An auditor sets up a programme that samples children, audits a child's record with an action for the worker, a
 * second auditor moderates the grade, and the worker finds the action in My work and records it done. Every page is
 * checked with axe.
 */
@HearthTest
class QualityBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;

    Fixtures fx;
    String worker;
    String auditor;
    String secondAuditor;
    PersonSummary child;

    @BeforeEach
    void aChildAndTwoAuditors() {
        fx = new Fixtures(context);
        String manager = fx.unique("tm_qb");
        UUID team = fx.team(fx.service(), manager);
        fx.user(manager, "Manager " + fx.name("M"), Role.TEAM_MANAGER, team);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        auditor = fx.user(Role.QA_AUDITOR, null);
        secondAuditor = fx.user(Role.QA_AUDITOR, null);
        child = fx.child("Jo", fx.name("Browser"), LocalDate.of(2014, 9, 9));
        fx.allocate(child.id(), team, worker);
    }

    @Test
    void aProgrammeSamplesAnAuditorGradesASecondModeratesAndTheWorkerDoesTheAction() {
        LocalDate today = LocalDate.now(clock.withZone(MutableClock.LONDON));
        signIn(auditor, Fixtures.PASSWORD);
        visit("/quality");
        follow(link("Set up an audit programme"));
        page().locator("#size").fill("");
        follow(button("Draw the sample"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Enter a name for the programme");
        page().locator("#name").fill("Practice audit " + fx.unique("p"));
        page().locator("#size").fill("4");
        page().locator("#seed").fill("123");
        page().locator("#sampling-KIND_OF_WORK").check();
        follow(button("Draw the sample"));
        assertThat(page().locator(".govuk-notification-banner")).containsText("sample drawn");
        assertThat(page().locator("#sample tbody tr")).hasCount(4);
        assertThat(page().locator("#make-up-KIND_OF_WORK")).containsText("All allocated children");
        String programme = currentPath().substring("/quality/programmes/".length());

        visit("/children/" + child.id() + "/audits/new?programme=" + programme);
        follow(button("Save the audit"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Choose the overall grade");
        for (int q = 1; q <= 20; q++) {
            Locator first = page().locator("input[type=radio][name=q" + q + "]");
            if (first.count() > 0) {
                first.first().check();
            }
        }
        for (Locator text : page().locator("textarea[id^=q]").all()) {
            text.fill("Seen and noted");
        }
        page().locator("#grade-REQUIRES_IMPROVEMENT").check();
        page().locator("#strengths").fill("Jo is seen alone and their views shape the plan.");
        page().locator("#improvements").fill("The chronology is out of date.");
        page().locator("#action1").fill("Bring the chronology up to date");
        page().locator("#action1owner").selectOption(worker);
        LocalDate due = today.plusDays(14);
        page().locator("#action1due").fill(String.valueOf(due.getDayOfMonth()));
        page().locator("#action1due-month").fill(String.valueOf(due.getMonthValue()));
        page().locator("#action1due-year").fill(String.valueOf(due.getYear()));
        follow(button("Save the audit"));
        assertThat(page().locator(".govuk-notification-banner")).containsText("Audit saved");
        assertThat(page().locator("#grade")).containsText("Requires improvement to be good");
        assertThat(link("Moderate this audit")).hasCount(0);
        String findings = currentPath();
        follow(button("Sign out"));

        signIn(secondAuditor, Fixtures.PASSWORD);
        visit(findings);
        follow(link("Moderate this audit"));
        page().locator("#grade-GOOD").check();
        page().locator("#rationale").fill("Strong direct work with Jo outweighs the gaps in the chronology.");
        follow(button("Save the moderation"));
        assertThat(page().locator("#moderation")).containsText("Changed to Good by " + secondAuditor);
        visit("/quality/analysis");
        assertThat(page().locator("#by-team")).isVisible();
        follow(button("Sign out"));

        signIn(worker, Fixtures.PASSWORD);
        visit("/my-work");
        assertThat(page().locator("main")).containsText("Case audit action");
        visit(findings);
        follow(link("Bring the chronology up to date"));
        page().locator("#evidence").fill("Chronology updated on the record");
        follow(button("Record as done"));
        assertThat(page().locator("#status")).containsText("Done");
        visit("/children/" + child.id());
        assertThat(page().locator("main")).containsText("Audit actions open");
    }

    private Locator link(String name) {
        return page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
