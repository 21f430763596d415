package hearth.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.timescales.CalendarKind;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import hearth.timescales.WorkingDays;
import hearth.workforce.Workforce;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The 45 working day clock from referral and the first-visit standard from allocation, moved across by the clock. */
@HearthTest
@RecordApplicationEvents
class AssessmentTimescalesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    Assessments assessments;
    @Autowired
    Obligations obligations;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    Workforce workforce;
    @Autowired
    ApplicationEvents events;

    Fixtures fx;
    AssessmentJourney journey;
    UUID team;
    String worker;
    String manager;
    String otherManager;
    PersonSummary child;
    LocalDate referralDay;

    @BeforeEach
    void setUp() {
        referralDay = workingDays.statutory().addWorkingDays(LocalDate.now(MutableClock.LONDON), 0);
        clock.setDate(referralDay);
        fx = new Fixtures(context);
        journey = new AssessmentJourney(context, fx);
        team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        manager = fx.user(Role.TEAM_MANAGER, team);
        otherManager = fx.user(Role.TEAM_MANAGER, team);
        child = fx.child(fx.name("Jordan"), fx.name("Timely"), LocalDate.of(2015, 6, 1));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aReferralStartsTheFortyFiveDayClockOnTheReferralDateAndLateCompletionNeedsAReason() throws Exception {
        workforce.allocate(child.id(), team, worker, referralDay, "test");
        AssessmentView a = journey.referral(child.id(), manager);
        LocalDate due = workingDays.statutory().addWorkingDays(referralDay, 45);
        ObligationView clockStarted = obligations.find(a.obligationId()).orElseThrow();
        assertThat(clockStarted.ruleId()).isEqualTo(Assessments.ASSESSMENT_RULE);
        assertThat(clockStarted.dueDate()).isEqualTo(due);
        assertThat(clockStarted.responsible()).isEqualTo(worker);
        assertThat(assessments.timeliness(a).dueDate()).isEqualTo(due);

        a = journey.as(worker, startFn(a, referralDay));
        a = seen(a, referralDay);
        a = factors(a);

        clock.setDate(due);
        assertThat(obligations.find(a.obligationId()).orElseThrow().state()).isEqualTo(ObligationState.DUE_SOON);
        clock.setDate(due.plusDays(1));
        LocalDate late = due.plusDays(1);
        assertThat(obligations.find(a.obligationId()).orElseThrow().state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(row(myWork(worker), child.lastName(), "Child and family assessment")).contains(">Overdue<");
        assertThat(assessments.timeliness(assessments.find(a.id()).orElseThrow()).overdue()).isTrue();

        AssessmentView ready = a;
        assertThatThrownBy(() -> journey.as(worker, () -> assessments.submit(ready.id(), ready.version(),
                AssessmentOutcome.CHILD_IN_NEED_PLAN, "Needs a plan", late, null)))
                .isInstanceOf(IllegalArgumentException.class);
        AssessmentView submitted = journey.as(worker, () -> assessments.submit(ready.id(), ready.version(),
                AssessmentOutcome.CHILD_IN_NEED_PLAN, "Needs a plan", late, "Mother in hospital for two weeks"));
        assertThat(obligations.find(a.obligationId()).orElseThrow().delayReason())
                .isEqualTo("Mother in hospital for two weeks");

        journey.as(otherManager, () -> assessments.authorise(submitted.id(), submitted.version()));
        ObligationView met = obligations.find(a.obligationId()).orElseThrow();
        assertThat(met.state()).isEqualTo(ObligationState.MET_LATE);
        assertThat(met.metAt()).isEqualTo(late.atStartOfDay(MutableClock.LONDON).toInstant());
        assertThat(events.stream(AssessmentAuthorised.class).filter(e -> e.assessmentId().equals(ready.id())))
                .singleElement().satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(AssessmentOutcome.CHILD_IN_NEED_PLAN);
                    assertThat(e.completedOn()).isEqualTo(late);
                    assertThat(e.startDate()).isEqualTo(referralDay);
                    assertThat(e.authorisedBy()).isEqualTo(otherManager);
                    assertThat(e.childId()).isEqualTo(child.id());
                });
        assertThat(row(myWork(worker), child.lastName(), "Child and family assessment")).isEmpty();
    }

    @Test
    void completionWithinFortyFiveWorkingDaysIsMetOnTimeWithoutAReason() {
        AssessmentView a = journey.referral(child.id(), manager);
        a = journey.as(worker, startFn(a, referralDay));
        a = factors(a);
        LocalDate completed = workingDays.statutory().addWorkingDays(referralDay, 45);
        clock.setDate(completed);
        AssessmentView ready = a;
        AssessmentView submitted = journey.as(worker, () -> assessments.submit(ready.id(), ready.version(),
                AssessmentOutcome.NO_FURTHER_ACTION, "No concerns found", completed, null));
        assertThat(submitted.delayReason()).isNull();
        journey.as(manager, () -> assessments.authorise(submitted.id(), submitted.version()));
        assertThat(obligations.find(a.obligationId()).orElseThrow().state()).isEqualTo(ObligationState.MET_ON_TIME);
    }

    @Test
    void anAllocationOpensTheFirstVisitStandardAndAVisitAfterItIsFlaggedLate() throws Exception {
        workforce.allocate(child.id(), team, null, referralDay, "held on duty");
        AssessmentView a = journey.referral(child.id(), manager);
        assertThat(a.firstVisitObligationId()).isNull();
        a = journey.as(worker, startFn(a, referralDay));

        workforce.allocate(child.id(), team, worker, referralDay, "allocated for assessment");
        a = assessments.find(a.id()).orElseThrow();
        ObligationView firstVisit = obligations.find(a.firstVisitObligationId()).orElseThrow();
        LocalDate due = workingDays.calendar(CalendarKind.LOCAL).addWorkingDays(referralDay, 4);
        assertThat(firstVisit.ruleId()).isEqualTo(Assessments.FIRST_VISIT_RULE);
        assertThat(firstVisit.dueDate()).isEqualTo(due);
        assertThat(a.allocatedTo()).isEqualTo(worker);

        LocalDate visitDay = workingDays.calendar(CalendarKind.LOCAL).addWorkingDays(due, 2);
        clock.setDate(visitDay);
        assertThat(row(myWork(worker), child.lastName(), "Child seen after allocation")).contains(">Overdue<");

        UUID id = a.id();
        AssessmentView visited = journey.as(worker, () -> assessments.recordVisit(id,
                new NewVisit(visitDay, "Test worker", true, true, "I want my dad to stop shouting")));
        ObligationView met = obligations.find(a.firstVisitObligationId()).orElseThrow();
        assertThat(met.state()).isEqualTo(ObligationState.MET_LATE);
        assertThat(visited.firstVisitOn()).isEqualTo(visitDay);
        assertThat(visited.firstVisitLate()).isTrue();
        assertThat(visited.firstVisitDaysLate()).isEqualTo(met.daysLate()).isPositive();
        assertThat(row(myWork(worker), child.lastName(), "Child seen after allocation")).isEmpty();
        String page = mvc.perform(get("/assessments/" + a.id()).with(user(fx.signedIn(worker))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Late first visit").contains(met.daysLate() + " days later than the local standard");
    }

    @Test
    void aVisitWithinTheStandardIsOnTimeAndOneNotSeeingTheChildDoesNotCount() {
        AssessmentView a = journey.referral(child.id(), manager);
        a = journey.as(worker, startFn(a, referralDay));
        workforce.allocate(child.id(), team, worker, referralDay, "allocated");
        UUID id = a.id();
        AssessmentView notSeen = journey.as(worker, () -> assessments.recordVisit(id,
                new NewVisit(referralDay, "Test worker", false, false, null)));
        assertThat(notSeen.firstVisitOn()).isNull();
        assertThat(obligations.find(notSeen.firstVisitObligationId()).orElseThrow().state().isOpen()).isTrue();
        AssessmentView seen = journey.as(worker, () -> assessments.recordVisit(id,
                new NewVisit(referralDay, "Test worker", true, false, "Happy at school")));
        assertThat(seen.firstVisitDaysLate()).isZero();
        assertThat(seen.firstVisitLate()).isFalse();
        assertThat(obligations.find(seen.firstVisitObligationId()).orElseThrow().state())
                .isEqualTo(ObligationState.MET_ON_TIME);
    }

    @Test
    void aReallocationBeforeTheVisitRestartsTheStandardForTheNewWorker() {
        String second = fx.user(Role.SOCIAL_WORKER, team);
        workforce.allocate(child.id(), team, worker, referralDay, "first");
        AssessmentView a = journey.referral(child.id(), manager);
        UUID first = a.firstVisitObligationId();
        assertThat(first).isNotNull();
        LocalDate later = workingDays.statutory().addWorkingDays(referralDay, 1);
        clock.setDate(later);
        workforce.allocate(child.id(), team, second, later, "worker left");
        AssessmentView moved = assessments.find(a.id()).orElseThrow();
        assertThat(obligations.find(first).orElseThrow().state()).isEqualTo(ObligationState.VOIDED);
        ObligationView restarted = obligations.find(moved.firstVisitObligationId()).orElseThrow();
        assertThat(restarted.responsible()).isEqualTo(second);
        assertThat(moved.allocatedOn()).isEqualTo(later);
    }

    private java.util.function.Supplier<AssessmentView> startFn(AssessmentView a, LocalDate on) {
        return () -> assessments.start(a.id(), a.version(), on);
    }

    private AssessmentView seen(AssessmentView a, LocalDate on) {
        return journey.as(worker, () -> assessments.recordVisit(a.id(),
                new NewVisit(on, "Test worker", true, true, "I feel safe at nan's")));
    }

    private AssessmentView factors(AssessmentView a) {
        return journey.as(worker, () -> assessments.recordFactors(a.id(), a.version(),
                List.of(AssessmentFactor.F3B, AssessmentFactor.F4B)));
    }

    private String myWork(String username) throws Exception {
        return mvc.perform(get("/my-work").with(user(fx.signedIn(username)))).andReturn().getResponse()
                .getContentAsString();
    }

    /** The table row on a page naming the child and the item, or "" when there is none. */
    static String row(String html, String childName, String what) {
        Matcher m = Pattern.compile("<tr class=\"govuk-table__row\".*?</tr>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            if (m.group().contains(childName) && m.group().contains(what)) {
                return m.group();
            }
        }
        return "";
    }
}
