package hearth.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.BrowserTest;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An assessment as its people do it: the worker starts, visits, records factors and the outcome; another manager authorises. */
@HearthTest
class AssessmentBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Assessments assessments;

    Fixtures fx;
    String worker;
    String manager;
    String otherManager;
    PersonSummary child;
    AssessmentView assessment;

    @BeforeEach
    void aReferralForAChildAllocatedToTheWorker() {
        fx = new Fixtures(context);
        manager = fx.unique("team_manager");
        UUID team = fx.team(fx.service(), manager);
        fx.user(manager, "Manager " + fx.name("M"), Role.TEAM_MANAGER, team);
        otherManager = fx.user(fx.unique("team_manager"), "Manager " + fx.name("N"), Role.TEAM_MANAGER, team);
        worker = fx.user(fx.unique("social_worker"), "Worker " + fx.name("W"), Role.SOCIAL_WORKER, team);
        child = fx.child("Robin", fx.name("Assess"), LocalDate.of(2013, 9, 12));
        fx.allocate(child.id(), team, worker);
        assessment = new AssessmentJourney(context, fx).referral(child.id(), manager);
    }

    @Test
    void aWorkerCompletesTheAssessmentAndADifferentManagerAuthorisesIt() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        signIn(worker, Fixtures.PASSWORD);
        visit("/children/" + child.id());
        follow(link("View the assessment"));
        assertThat(page().locator("h1")).hasText("Child and family assessment");

        follow(link("Record the start date"));
        date("start", today.plusDays(1));
        follow(button("Save start date"));
        assertThat(page().locator(".govuk-error-summary")).containsText("The start date cannot be in the future");
        date("start", today);
        follow(button("Save start date"));
        assertThat(page().locator("main")).containsText("Start date recorded");

        follow(link("Record a visit"));
        date("visit", today);
        page().locator("#childSeen").check();
        page().locator("#seenAlone").check();
        page().locator("#wishes").fill("I like living with mum but I get scared when they shout.");
        follow(button("Save visit"));
        assertThat(page().locator("main")).containsText("I get scared when they shout");

        follow(link("Record the factors identified"));
        page().locator("#factors-3B").check();
        page().locator("#factors-4B").check();
        follow(button("Save factors"));
        assertThat(page().locator("main")).containsText("3B: Domestic abuse");

        follow(link("Record the outcome and submit for authorisation"));
        page().locator("input[name=outcome][value=CHILD_IN_NEED_PLAN]").check();
        page().locator("#analysis").fill("Domestic abuse between the parents; mother engages. A child in need plan is needed.");
        date("completed", today);
        follow(button("Submit for authorisation"));
        assertThat(page().locator("main")).containsText("Awaiting authorisation");

        follow(button("Sign out"));
        signIn(otherManager, Fixtures.PASSWORD);
        follow(page().locator(".govuk-service-navigation").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Assessments").setExact(true)).first());
        follow(link(child.fullName()));
        follow(link("Authorise or return to the worker"));
        page().locator("input[name=decision][value=AUTHORISE]").check();
        follow(button("Record decision"));
        assertThat(page().locator("main")).containsText("Assessment authorised");
        assertThat(page().locator("main")).containsText("Child in need plan");
        org.assertj.core.api.Assertions.assertThat(assessments.find(assessment.id()).orElseThrow().authorisedBy())
                .isEqualTo(otherManager);
    }

    private Locator link(String name) {
        return page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void date(String field, LocalDate date) {
        page().locator("input[name=" + field + "Day]").fill(String.valueOf(date.getDayOfMonth()));
        page().locator("input[name=" + field + "Month]").fill(String.valueOf(date.getMonthValue()));
        page().locator("input[name=" + field + "Year]").fill(String.valueOf(date.getYear()));
    }
}
