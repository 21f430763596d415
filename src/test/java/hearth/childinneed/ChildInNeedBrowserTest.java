package hearth.childinneed;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import hearth.assessment.AssessmentOutcome;
import hearth.frontdoor.ReferralSource;
import hearth.frontdoor.ReferralView;
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

/** A child in need plan worked through to closure, authorised by a manager, then reopened; axe on every page. */
@HearthTest
class ChildInNeedBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    Fixtures fx;
    String worker;
    String manager;
    PersonSummary child;
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @BeforeEach
    void aChildAssessedAsNeedingAPlan() {
        fx = new Fixtures(context);
        CinJourney journey = new CinJourney(context, fx);
        manager = fx.unique("team_manager");
        UUID team = fx.team(fx.service(), manager);
        fx.user(manager, "Manager " + fx.name("M"), Role.TEAM_MANAGER, team);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        String referringManager = fx.user(Role.TEAM_MANAGER, team);
        child = fx.child("Robin", fx.name("Plan"), LocalDate.of(2013, 5, 9));
        fx.allocate(child.id(), team, worker);
        ReferralView referral = journey.referral(child.id(), referringManager, ReferralSource.S2A);
        journey.assessmentAuthorised(child.id(), referral.id(), today, today, AssessmentOutcome.CHILD_IN_NEED_PLAN,
                referringManager);
    }

    @Test
    void aPlanIsWorkedThroughToAnAuthorisedClosureAndThenReopened() {
        signIn(worker, Fixtures.PASSWORD);
        visit("/children/" + child.id());
        assertThat(page().locator(".hearth-badges")).containsText("Child in need");
        follow(link("View the child in need episode"));

        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change primary need")));
        page().locator("input[name=primaryNeed][value=N4]").check();
        follow(button("Save primary need"));
        assertThat(page().locator("main")).containsText("N4: Family in acute stress");

        follow(link("Start a child in need plan"));
        date("startDate", today);
        follow(button("Start plan"));
        assertThat(page().locator("main")).containsText("Next review due");

        follow(link("Add a need"));
        page().locator("#description").fill("Robin needs a settled routine and to attend school every day");
        follow(button("Add need"));
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an action")));
        page().locator("#what").fill("Morning routine support");
        page().locator("#who").fill("Sam Lee, family support worker");
        date("byWhen", today.plusWeeks(6));
        follow(button("Add action"));
        assertThat(page().locator("main")).containsText("Morning routine support");
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record progress on: Morning routine support")));
        date("progressDate", today);
        page().locator("input[name=status][value=OFF_TRACK]").check();
        page().locator("#note").fill("Late three mornings this week");
        follow(button("Save progress"));
        assertThat(page().locator("main")).containsText("Late three mornings this week");

        follow(link("Record a review"));
        date("reviewDate", today);
        page().locator("#attendeeName0").fill("Ms Patel");
        page().locator("#attendeeRole0").fill("Class teacher");
        page().locator("#attended0").selectOption(new SelectOption().setValue("yes"));
        page().locator("#attendeeName1").fill("Dr Okoro");
        page().locator("#attendeeRole1").fill("GP");
        page().locator("#attended1").selectOption(new SelectOption().setValue("no"));
        page().locator("select[id^=status-]").selectOption(new SelectOption().setValue("ON_TRACK"));
        page().locator("textarea[id^=note-]").fill("Robin was on time four days out of five");
        page().locator("#childViews").fill("I like having breakfast at school club");
        page().locator("input[name=decision][value=CONTINUE_PLAN]").check();
        follow(button("Save review"));
        assertThat(page().locator("#reviews ~ .govuk-summary-card").first()).containsText("Dr Okoro (GP): sent apologies");
        assertThat(page().locator("main")).containsText("Robin was on time four days out of five");

        follow(link("Record a visit"));
        date("visitDate", today);
        page().locator("input[name=seen][value=yes]").check();
        page().locator("input[name=seenAlone][value=yes]").check();
        page().locator("#wishes").fill("\"I want to keep going to football\"");
        follow(button("Save visit"));
        assertThat(page().locator("main")).containsText("I want to keep going to football");

        follow(link("Propose closure"));
        page().locator("input[name=reason][value=RC7]").check();
        page().locator("#summary").fill("Routine established; attendance 98%");
        page().locator("#risks").fill("School will refer again if attendance drops");
        follow(button("Propose closure"));
        assertThat(page().locator("main")).containsText("Closure awaiting authorisation");
        String episodePath = currentPath();

        follow(button("Sign out"));
        signIn(manager, Fixtures.PASSWORD);
        visit("/cin-closures");
        follow(link(child.fullName()));
        follow(button("Authorise closure"));
        assertThat(page().locator("main")).containsText("Closed on");
        assertThat(page().locator("main")).containsText("Authorised by " + manager);

        page().locator(".govuk-details__summary").filter(new Locator.FilterOptions().setHasText("Reopen this episode")).click();
        follow(button("Reopen episode"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Enter why the episode is being reopened");
        page().locator("#reopenReason").fill("School reports Robin missing again");
        follow(button("Reopen episode"));
        assertThat(page().locator("main")).containsText("Reopened by " + manager);
        assertThat(page().locator("main")).containsText("Authorised by " + manager);
        assertThat(page()).hasURL(java.util.regex.Pattern.compile(episodePath + "$"));
        follow(link("Back to the record"));
        follow(link("All child in need episodes"));
        assertThat(page().locator("main")).containsText("Open");
    }

    private void date(String field, LocalDate date) {
        page().locator("input[name=" + field + "Day]").fill(String.valueOf(date.getDayOfMonth()));
        page().locator("input[name=" + field + "Month]").fill(String.valueOf(date.getMonthValue()));
        page().locator("input[name=" + field + "Year]").fill(String.valueOf(date.getYear()));
    }

    private Locator link(String name) {
        return page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
