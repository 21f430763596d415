package hearth.childprotection;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.BrowserTest;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Child protection as its people use it, every page checked for accessibility. */
@HearthTest
class ChildProtectionBrowserTest extends BrowserTest {

    static final LocalDate DAY = LocalDate.parse("2031-03-03");

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    ChildProtection cp;

    Fixtures fx;
    String worker;
    String manager;
    String chair;
    PersonSummary child;

    @BeforeEach
    void aChildAllocatedToAWorker() {
        clock.setDate(DAY);
        fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        worker = fx.user(fx.unique("sw"), "Worker " + fx.name("W"), Role.SOCIAL_WORKER, team);
        manager = fx.user(fx.unique("tm"), "Manager " + fx.name("M"), Role.TEAM_MANAGER, team);
        chair = fx.user(Role.CONFERENCE_CHAIR_IRO, null);
        child = fx.child("Robin", fx.name("Cp"), LocalDate.of(2019, 6, 1));
        fx.allocate(child.id(), team, worker);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void fromStrategyDiscussionThroughSection47ConferencePlanCoreGroupAndReviewsToThePlanEnding() {
        signIn(worker, Fixtures.PASSWORD);
        visit("/children/" + child.id() + "/child-protection");
        follow(button("Record a concern needing a strategy discussion"));
        date("concernOn", DAY);
        page().locator("#concernTime").fill("08:00");
        page().locator("#concern").fill("Bruising to the face seen by school");
        follow(button("Save concern"));

        assertThat(page().locator("main")).containsText("Strategy discussion due");
        page().locator("input[name=kind][value=MEETING]").check();
        date("heldOn", DAY);
        page().locator("#heldTime").fill("09:30");
        page().locator("#attPolice").fill("DC Shaw, Thames Valley Police");
        page().locator("#informationShared").fill("School saw bruising; police hold two previous call-outs");
        page().locator("#decisions").fill("Joint section 47 enquiry");
        page().locator("#action1").fill("Child protection medical");
        follow(button("Save strategy discussion"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Enter who owns the action");
        assertThat(page().locator("#informationShared")).hasValue("School saw bruising; police hold two previous call-outs");
        page().locator("#owner1").fill("Community paediatrician");
        page().locator("#attHealth").fill("Health visitor Amy Lee");
        page().locator("input[name=section47][value=yes]").check();
        page().locator("#outcomeReason").fill("Unexplained injury to a young child");
        follow(button("Save strategy discussion"));
        assertThat(page().locator("main")).containsText("1 hours (0 working days)");
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the section 47 enquiry")));

        page().locator("input[name=childSeen][value=yes]").check();
        page().locator("input[name=seenAlone][value=yes]").check();
        date("seenOn", DAY);
        page().locator("#findings").fill("Injury not consistent with the parents' account");
        page().locator("input[name=outcome][value=CONFERENCE_NEEDED]").check();
        follow(button("Save outcome"));
        assertThat(page().locator("main")).containsText("Awaiting authorisation");
        String enquiryPath = currentPath();

        switchTo(manager);
        visit(enquiryPath);
        follow(button("Authorise outcome"));
        assertThat(page().locator("main")).containsText("Initial conference due");
        assertThat(page().locator("main")).containsText("24 Mar 2031");

        switchTo(chair);
        follow(page().locator("#navigation").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Conferences").setExact(true)));
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(child.fullName())));
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the initial conference")));
        conference(false);
        page().locator("input[name=decision][value=PLAN]").check();
        page().locator("input[name=category][value=PHY]").check();
        follow(button("Save conference"));
        assertThat(page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Child protection plan");
        String planPath = currentPath();

        switchTo(worker);
        visit(planPath);
        page().locator("#action").fill("Parenting assessment");
        page().locator("#owner").fill("Mother, with the family support worker");
        follow(button("Add action"));
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a core group")));
        date("heldOn", DAY);
        page().locator("#attSocialCare").fill("SW and family support worker");
        page().locator("input[value=SOME_PROGRESS]").check();
        page().locator("textarea[name^=progress-]").fill("First session booked");
        follow(button("Save core group"));
        assertThat(page().locator("main")).containsText("First session booked");
        visit(planPath);
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a child protection visit")));
        date("visitedOn", DAY);
        page().locator("input[name=childSeen][value=yes]").check();
        page().locator("input[name=seenAlone][value=yes]").check();
        page().locator("#wishes").fill("Robin said they like school and want to stay at home");
        follow(button("Save visit"));
        assertThat(page().locator("main")).containsText("Seen alone");

        visit("/children/" + child.id());
        assertThat(page().locator(".hearth-badges")).containsText("Child protection plan");

        switchTo(chair);
        visit(planPath);
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a review conference")));
        conference(true);
        page().locator("input[name=decision][value=CONTINUE_PLAN]").check();
        follow(button("Save conference"));
        assertThat(page().locator("main")).containsText("Continue the plan");

        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a review conference")));
        conference(true);
        page().locator("input[name=decision][value=END_PLAN]").check();
        page().locator("#endReason").selectOption(new SelectOption().setValue("RISK_REDUCED"));
        page().locator("input[name=continuesCin][value=yes]").check();
        follow(button("Save conference"));
        assertThat(page().locator("main")).containsText("Ended");
        assertThat(page().locator("main")).containsText("No longer at continuing risk of significant harm");
        visit("/children/" + child.id());
        assertThat(page().locator(".govuk-tag", new Page.LocatorOptions().setHasText("Child protection plan")))
                .hasCount(0);
        assertThat(page().locator("main")).containsText("Last plan");
    }

    @Test
    void aConferenceNotHeldWithinFifteenWorkingDaysIsOverdueOnMyWorkAndTheTeamPage() {
        Journey journey = new Journey(cp, fx.signedIn(worker), fx.signedIn(fx.user(Role.TEAM_MANAGER, null)),
                fx.signedIn(chair));
        journey.conferenceNeeded(journey.holdWithEnquiry(journey.need(child.id(), DAY), DAY), DAY);
        clock.setDate(LocalDate.parse("2031-03-25"));

        signIn(worker, Fixtures.PASSWORD);
        follow(page().locator("#navigation").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("My work").setExact(true)));
        Locator row = page().locator("tr", new Page.LocatorOptions().setHasText(child.fullName()));
        assertThat(row).containsText("Initial child protection conference");
        assertThat(row.locator(".govuk-tag--red")).hasText("Overdue");

        switchTo(manager);
        follow(page().locator("#navigation").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Team").setExact(true)));
        Locator workerRow = page().locator("tr", new Page.LocatorOptions().setHasText("Worker "));
        assertThat(workerRow.locator("td").nth(1)).containsText("1");
        follow(workerRow.locator("td").nth(1).locator("a"));
        assertThat(page().locator("main")).containsText("Initial child protection conference");
        assertThat(page().locator("main")).containsText("Overdue");

        switchTo(chair);
        visit("/cp-conferences");
        Locator due = page().locator("tr", new Page.LocatorOptions().setHasText(child.fullName()));
        assertThat(due.locator(".govuk-tag--red")).hasText("Overdue");
    }

    private void conference(boolean review) {
        date("heldOn", DAY);
        page().locator("#attPolice").fill("DC Shaw");
        page().locator("#attEducation").fill("Ms Ray, designated safeguarding lead");
        page().locator("input[name=parents][value=BOTH_ATTENDED]").check();
        page().locator("#childViews").fill(review ? "Feels safer at home" : "Told their advocate they want to stay at home");
        page().locator("input[name=advocateOffered][value=yes]").check();
        page().locator("input[name=advocateDeclined][value=no]").check();
    }

    private void switchTo(String username) {
        follow(button("Sign out"));
        signIn(username, Fixtures.PASSWORD);
    }

    private Locator button(String name) {
        return page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true))
                .or(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)));
    }

    private void date(String field, LocalDate date) {
        page().locator("input[name=" + field + "Day]").fill(String.valueOf(date.getDayOfMonth()));
        page().locator("input[name=" + field + "Month]").fill(String.valueOf(date.getMonthValue()));
        page().locator("input[name=" + field + "Year]").fill(String.valueOf(date.getYear()));
    }
}
