package hearth.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.BrowserTest;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * One child's way through children's social care, through the real pages as the real people use them (axe on
 * every page): a contact with consent overridden, a manager's threshold decision making a referral, allocation,
 * the child and family assessment authorised by a manager who did not write it, a child in need plan with a
 * review, a closure proposed and authorised, and two weeks later a new referral flagged as a re-referral that
 * alerts the manager who authorised the closure.
 */
@HearthTest
class ChildInNeedJourneyBrowserTest extends BrowserTest {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;

    Fixtures fx;
    String frontDoorWorker;
    String dutyManager;
    String seniorManager;
    String worker;
    PersonSummary child;
    LocalDate firstDay;

    @BeforeEach
    void aChildKnownToTheTeam() {
        fx = new Fixtures(context);
        dutyManager = fx.unique("team_manager");
        UUID team = fx.team(fx.service(), dutyManager);
        fx.user(dutyManager, "Duty Manager " + fx.name("D"), Role.TEAM_MANAGER, team);
        seniorManager = fx.user(fx.unique("team_manager"), "Manager " + fx.name("S"), Role.TEAM_MANAGER, team);
        worker = fx.user(fx.unique("social_worker"), "Worker " + fx.name("W"), Role.SOCIAL_WORKER, team);
        frontDoorWorker = fx.user(Role.FRONT_DOOR_WORKER, null);
        child = fx.child("Jordan", fx.name("Journey"), LocalDate.of(2015, 3, 14));
        fx.allocate(child.id(), team, null);
        // the day starts at 10:00 and everyone's work moves the clock on, so the journey never crosses midnight
        firstDay = LocalDate.now(clock);
        clock.setDate(firstDay);
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void aChildIsReferredAssessedHelpedAndClosedThenReReferredTwoWeeksLaterAlertingTheManagerWhoClosedIt() {
        signInAs(frontDoorWorker);
        String firstContact = recordAContactWithConsentOverridden("09:30",
                "Police attended a domestic incident at the home overnight; Jordan was present.");

        signInAs(dutyManager);
        decideTheContactIsAReferral("Domestic abuse with the child present meets the threshold for assessment.");
        assertThat(page()).hasURL(Pattern.compile(firstContact + "$"));
        allocateTheChildTo(worker);

        signInAs(worker);
        startTheAssessment();
        recordAnAssessmentVisit(false, "Jordan was quiet while mum and dad were in the room.");
        recordAnAssessmentVisit(true, "I like my bedroom but I hide in it when they shout.");
        recordTheFactors("3B", "4B");
        submitTheOutcomeChildInNeedPlan();
        seeThatTheAuthorCannotAuthorise();

        signInAs(seniorManager);
        authoriseTheAssessmentFromTheAssessmentsList();

        signInAs(worker);
        openTheChildInNeedEpisode();
        startThePlanWithANeedAndAnAction();
        recordAReviewWithProgress();
        proposeClosure("Jordan is safe at home; mum has support from the domestic abuse service.");

        signInAs(seniorManager);
        authoriseTheClosureFromTheClosuresList();

        // two weeks later, the school calls
        LocalDate twoWeeksLater = firstDay.plusWeeks(2);
        clock.setDate(twoWeeksLater);
        signInAs(frontDoorWorker);
        String secondContact = recordAContactWithConsentOverridden("09:30",
                "School report Jordan arrived with bruising and says dad was shouting again.");
        assertThat(page().locator("main")).containsText("Case closed");

        signInAs(dutyManager);
        decideTheContactIsAReferral("Further domestic abuse soon after closure: re-referral for assessment.");
        assertThat(page()).hasURL(Pattern.compile(secondContact + "$"));
        seeTheContactFlaggedAsAReReferralAfterTheClosure();
        seeTheReReferralOnTheFrontDoorList(twoWeeksLater);

        signInAs(seniorManager);
        seeTheBackSoonNotification(secondContact);
    }

    // ---- the front door ----

    private String recordAContactWithConsentOverridden(String receivedAt, String concern) {
        visit("/children/" + child.id());
        follow(link("Record a contact"));
        LocalDate today = LocalDate.now(clock);
        date("received", today);
        page().locator("#receivedTime").fill(receivedAt);
        page().locator("#source").selectOption(new SelectOption().setValue("S6"));
        page().locator("#referrerName").fill("PC Jordan, Thames Valley Police");
        page().locator("#referrerContact").fill("101, incident 4471");
        page().locator("#concern").fill(concern);
        page().locator("input[name=consentSought][value=no]").check();
        page().locator("input[name=consent][value=NOT_SOUGHT]").check();
        page().locator("#consentOverridden").check();
        page().locator("input[name=risk][value=HIGH]").check();
        follow(button("Save contact"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Explain why consent is being overridden");
        assertThat(page().locator("#concern")).hasValue(concern);

        page().locator("#consentRationale").fill("Seeking consent would alert the alleged perpetrator and place Jordan at risk.");
        follow(button("Save contact"));
        assertThat(page()).hasURL(Pattern.compile("/contacts/[0-9a-f-]{36}$"));
        assertThat(page().locator("main")).containsText("Seeking consent would alert the alleged perpetrator");
        return currentPath();
    }

    /** The manager finds the contact on the front door list and makes it a referral. */
    private void decideTheContactIsAReferral(String rationale) {
        follow(navigation("Front door"));
        follow(page().locator("main table").first().getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(child.fullName()).setExact(true)));
        page().locator("input[name=decision][value=REFERRAL]").check();
        page().locator("#decisionRationale").fill(rationale);
        follow(button("Record decision"));
        assertThat(page().locator("main")).containsText("Referral to children's social care");
    }

    private void seeTheContactFlaggedAsAReReferralAfterTheClosure() {
        Locator history = page().locator("main table").last();
        assertThat(history).containsText("Re-referral");
        assertThat(history).containsText("Closed " + SHORT_DATE.format(firstDay) + " (RC7), authorised by " + seniorManager);
        assertThat(history).containsText("The manager who authorised that closure has been alerted.");
        assertThat(history).containsText("RC7: Services ceased for any other reason");
        assertThat(history).not().containsText("RC7: RC7");
    }

    private void seeTheReReferralOnTheFrontDoorList(LocalDate referredOn) {
        follow(navigation("Front door"));
        Locator row = page().locator("main tr").filter(new Locator.FilterOptions().setHasText(child.fullName()))
                .filter(new Locator.FilterOptions().setHasText(SHORT_DATE.format(referredOn)));
        assertThat(row).hasCount(1);
        assertThat(row).containsText("Re-referral");
        assertThat(row).containsText("Previous referral " + SHORT_DATE.format(firstDay));
        assertThat(row).containsText("Closed " + SHORT_DATE.format(firstDay) + " (RC7), authorised by " + seniorManager);
    }

    // ---- allocation and the assessment ----

    private void allocateTheChildTo(String username) {
        follow(link("Back to the record"));
        follow(link("Change allocation"));
        page().locator("#worker").selectOption(new SelectOption().setValue(username));
        page().locator("#reason").fill("Allocated for a child and family assessment.");
        follow(button("Allocate"));
        assertThat(page().locator("main")).containsText("The child has been allocated");
    }

    private void startTheAssessment() {
        openTheChildFromMyWork();
        follow(link("View the assessment"));
        assertThat(page().locator("h1")).hasText("Child and family assessment");
        follow(link("Record the start date"));
        date("start", LocalDate.now(clock));
        follow(button("Save start date"));
        assertThat(page().locator("main")).containsText("Start date recorded");
    }

    private void recordAnAssessmentVisit(boolean seenAlone, String childsWords) {
        follow(link("Record a visit"));
        date("visit", LocalDate.now(clock));
        page().locator("input[name=childSeen][value=yes]").check();
        page().locator("input[name=seenAlone][value=" + (seenAlone ? "yes" : "no") + "]").check();
        page().locator("#wishes").fill(childsWords);
        follow(button("Save visit"));
        assertThat(page().locator("main")).containsText(childsWords);
    }

    private void recordTheFactors(String... codes) {
        follow(link("Record the factors identified"));
        for (String code : codes) {
            page().locator("#factors-" + code).check();
        }
        follow(button("Save factors"));
        assertThat(page().locator("main")).containsText("3B: Domestic abuse");
    }

    private void submitTheOutcomeChildInNeedPlan() {
        follow(link("Record the outcome and submit for authorisation"));
        page().locator("input[name=outcome][value=CHILD_IN_NEED_PLAN]").check();
        page().locator("#analysis").fill("Domestic abuse between the parents; mum engages with support. A child in need plan is needed.");
        date("completed", LocalDate.now(clock));
        follow(button("Submit for authorisation"));
        assertThat(page().locator("main")).containsText("Awaiting authorisation");
    }

    /** The worker who submitted sees it needs another manager, and the authorisation page refuses them. */
    private void seeThatTheAuthorCannotAuthorise() {
        assertThat(page().locator("main")).containsText("a different manager must authorise it");
        assertThat(link("Authorise or return to the worker")).hasCount(0);
        Response refused = visit(currentPath() + "/authorisation");
        org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);
    }

    private void authoriseTheAssessmentFromTheAssessmentsList() {
        follow(navigation("Assessments"));
        follow(link(child.fullName()));
        follow(link("Authorise or return to the worker"));
        page().locator("input[name=decision][value=AUTHORISE]").check();
        follow(button("Record decision"));
        assertThat(page().locator("main")).containsText("Assessment authorised");
        assertThat(page().locator("main")).containsText("Child in need plan");
    }

    // ---- the child in need plan ----

    private void openTheChildInNeedEpisode() {
        openTheChildFromMyWork();
        assertThat(page().locator(".hearth-badges")).containsText("Child in need");
        follow(link("View the child in need episode"));
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change primary need")));
        page().locator("input[name=primaryNeed][value=N1]").check();
        follow(button("Save primary need"));
        assertThat(page().locator("main")).containsText("N1: Abuse, neglect and exploitation");
    }

    private void startThePlanWithANeedAndAnAction() {
        LocalDate today = LocalDate.now(clock);
        follow(link("Start a child in need plan"));
        date("startDate", today);
        follow(button("Start plan"));
        assertThat(page().locator("main")).containsText("Next review due");

        follow(link("Add a need"));
        page().locator("#description").fill("Jordan needs to feel safe at home when his parents argue");
        follow(button("Add need"));
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an action")));
        page().locator("#what").fill("Mum to attend the Freedom Programme");
        page().locator("#who").fill("Mum, with the domestic abuse service");
        date("byWhen", today.plusWeeks(10));
        follow(button("Add action"));
        assertThat(page().locator("main")).containsText("Mum to attend the Freedom Programme");
    }

    private void recordAReviewWithProgress() {
        follow(link("Record a review"));
        date("reviewDate", LocalDate.now(clock));
        page().locator("#attendeeName0").fill("Ms Patel");
        page().locator("#attendeeRole0").fill("Class teacher");
        page().locator("#attended0").selectOption(new SelectOption().setValue("yes"));
        page().locator("select[id^=status-]").selectOption(new SelectOption().setValue("DONE"));
        page().locator("textarea[id^=note-]").fill("Mum has finished the programme and dad has moved out");
        page().locator("#childViews").fill("It is quiet at home now and I am not scared");
        page().locator("input[name=decision][value=CLOSE]").check();
        follow(button("Save review"));
        assertThat(page().locator("main")).containsText("Mum has finished the programme and dad has moved out");
        assertThat(page().locator("main")).containsText("It is quiet at home now and I am not scared");
    }

    private void proposeClosure(String summary) {
        follow(link("Propose closure"));
        assertThat(page().locator("input[name=reason][value=RC7]")).isChecked();
        page().locator("#summary").fill(summary);
        page().locator("#risks").fill("School will refer again if Jordan reports more shouting at home");
        follow(button("Propose closure"));
        assertThat(page().locator("main")).containsText("Closure awaiting authorisation");
    }

    private void authoriseTheClosureFromTheClosuresList() {
        follow(navigation("Closures to authorise"));
        follow(link(child.fullName()));
        follow(button("Authorise closure"));
        assertThat(page().locator("main")).containsText("Closed on");
        assertThat(page().locator("main")).containsText("Authorised by " + seniorManager);
    }

    /** The worker's open duties for the child (first visit, assessment, plan meeting) lead to the record. */
    private void openTheChildFromMyWork() {
        follow(navigation("My work"));
        follow(link(child.fullName()).first());
        assertThat(page().locator("h1")).containsText(child.firstName());
    }

    // ---- notifications ----

    private void seeTheBackSoonNotification(String contactPath) {
        follow(page().locator(".hearth-header__user").getByRole(AriaRole.LINK));
        Locator row = page().locator("main tr").filter(new Locator.FilterOptions()
                .setHasText("A child whose case you authorised to close has been referred again"));
        assertThat(row).hasCount(1);
        assertThat(row).containsText("RC7");
        assertThat(row).not().containsText("RC7, RC7");
        follow(row.getByRole(AriaRole.LINK));
        assertThat(page()).hasURL(Pattern.compile(contactPath + "$"));
        assertThat(page().locator("main")).containsText(child.fullName());
    }

    // ---- helpers ----

    /** Whoever was signed in signs out; the next person picks the case up twenty minutes later. */
    private void signInAs(String username) {
        if (button("Sign out").count() > 0) {
            follow(button("Sign out"));
        }
        clock.advance(Duration.ofMinutes(20));
        signIn(username, Fixtures.PASSWORD);
        org.assertj.core.api.Assertions.assertThat(LocalDateTime.ofInstant(clock.instant(), MutableClock.LONDON)
                .toLocalDate()).as("the journey stays within the day").isIn(firstDay, firstDay.plusWeeks(2));
    }

    private Locator navigation(String name) {
        return page().locator(".govuk-service-navigation").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(name).setExact(true)).first();
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
