package hearth.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.assessment.AssessmentAuthorised;
import hearth.assessment.AssessmentOutcome;
import hearth.frontdoor.Consent;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.NewContact;
import hearth.frontdoor.ReferralSource;
import hearth.frontdoor.RiskRating;
import hearth.frontdoor.ThresholdDecision;
import hearth.people.People;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.people.Sex;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Each child protection timescale, by moving the clock (dates in March 2031: no bank holidays until Easter). */
@HearthTest
@RecordApplicationEvents
class ChildProtectionTimescalesTest {

    static final LocalDate MON = LocalDate.parse("2031-03-03");

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    ChildProtection cp;
    @Autowired
    FrontDoor frontDoor;
    @Autowired
    People people;
    @Autowired
    Obligations obligations;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEvents events;

    Fixtures fx;
    Journey journey;
    PersonSummary child;

    @BeforeEach
    void setUp() {
        clock.setDate(MON);
        fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        String worker = fx.user(Role.SOCIAL_WORKER, team);
        journey = new Journey(cp, fx.signedIn(worker), fx.signedIn(fx.user(Role.TEAM_MANAGER, team)),
                fx.signedIn(fx.user(Role.CONFERENCE_CHAIR_IRO, null)));
        child = fx.child(fx.name("Kai"), "Protect", LocalDate.of(2019, 5, 5));
        fx.allocate(child.id(), team, worker);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aStrategyDecisionAtTheFrontDoorStartsTheStrategyClockAndHoldingItStopsIt() {
        ContactView contact = SignedIn.as(journey.worker, () -> frontDoor.record(new NewContact(child.id(),
                clock.instant().minus(Duration.ofHours(1)), ReferralSource.S2A, "Ms Ray", "0118 000", "Bruising",
                false, Consent.NOT_SOUGHT, false, null, RiskRating.HIGH)));
        long seen = frontDoor.find(contact.id()).orElseThrow().version();
        SignedIn.run(journey.manager, () -> frontDoor.decide(contact.id(), seen,
                ThresholdDecision.STRATEGY_DISCUSSION, "Injury to a child"));
        StrategyDiscussionView needed = cp.strategyDiscussionsFor(child.id()).get(0);
        assertThat(needed.trigger()).isEqualTo(StrategyTrigger.CONTACT);
        assertThat(needed.concern()).isEqualTo("Bruising");
        assertThat(needed.referralId()).isNotNull();
        assertThat(clock(ChildProtection.STRATEGY_RULE).dueDate()).isEqualTo(MON.plusDays(1));

        clock.setDate(MON.plusDays(2));
        assertThat(clock(ChildProtection.STRATEGY_RULE).state()).isEqualTo(ObligationState.OVERDUE);
        EnquiryView enquiry = journey.holdWithEnquiry(needed, MON.plusDays(2));
        assertThat(obligations.find(needed.obligationId()).orElseThrow().state()).isEqualTo(ObligationState.MET_LATE);
        assertThat(enquiry.startDate()).isEqualTo(MON.plusDays(2));
        assertThat(open(ChildProtection.STRATEGY_RULE)).isEmpty();
    }

    @Test
    void anAssessmentConcludingWithASection47EnquiryNeedsAStrategyDiscussion() {
        transactions.executeWithoutResult(s -> publisher.publishEvent(new AssessmentAuthorised(child.id(),
                UUID.randomUUID(), null, MON.minusDays(20), MON, AssessmentOutcome.SECTION_47_ENQUIRY, "tm")));
        assertThat(cp.strategyDiscussionsFor(child.id())).singleElement()
                .satisfies(d -> assertThat(d.trigger()).isEqualTo(StrategyTrigger.ASSESSMENT));
        assertThat(open(ChildProtection.STRATEGY_RULE)).isPresent();
    }

    @Test
    void theInitialConferenceIsDueFifteenWorkingDaysFromTheStrategyDiscussionAndItsAuthoriserIsNotItsAuthor() {
        EnquiryView enquiry = journey.holdWithEnquiry(journey.need(child.id(), MON), MON);
        clock.setDate(MON.plusDays(2));
        EnquiryView recorded = SignedIn.as(journey.manager, () -> cp.recordEnquiryOutcome(enquiry.id(),
                enquiry.version(), new EnquiryFindings(true, false, MON.plusDays(1), "Seen with mother",
                        EnquiryOutcome.CONFERENCE_NEEDED, null)));
        assertThatThrownBy(() -> SignedIn.run(journey.manager, () -> cp.authoriseEnquiry(enquiry.id(),
                recorded.version()))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SignedIn.run(journey.worker, () -> cp.authoriseEnquiry(enquiry.id(),
                recorded.version()))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SignedIn.run(fx.signedIn(fx.user(Role.TEAM_MANAGER, null)), () -> cp.authoriseEnquiry(enquiry.id(),
                recorded.version()));

        assertThat(clock(ChildProtection.ICPC_RULE).dueDate()).isEqualTo(LocalDate.parse("2031-03-24"));
        clock.setDate(LocalDate.parse("2031-03-24"));
        assertThat(clock(ChildProtection.ICPC_RULE).state()).isEqualTo(ObligationState.DUE_SOON);
        clock.setDate(LocalDate.parse("2031-03-25"));
        assertThat(clock(ChildProtection.ICPC_RULE).state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(cp.upcomingConferences()).anySatisfy(u -> assertThat(u.enquiryId()).isEqualTo(enquiry.id()));
    }

    @Test
    void aPlanRunsCoreGroupReviewAndVisitClocksFromTheLastActualEventAndEndingItStopsThem() {
        LocalDate icpc = LocalDate.parse("2031-03-20");
        clock.setDate(icpc);
        PlanView plan = journey.toPlan(child.id(), icpc);
        assertThat(plan.previousPlans()).isZero();
        assertThat(clock(ChildProtection.FIRST_CORE_GROUP_RULE).dueDate()).isEqualTo(LocalDate.parse("2031-04-03"));
        assertThat(clock(ChildProtection.FIRST_REVIEW_RULE).dueDate()).isEqualTo(LocalDate.parse("2031-06-20"));
        assertThat(clock(ChildProtection.VISIT_RULE).dueDate()).isEqualTo(LocalDate.parse("2031-04-03"));
        assertThat(events.stream(ChildProtectionPlanStarted.class)).anySatisfy(e -> assertThat(e.planId())
                .isEqualTo(plan.id()));

        clock.setDate(LocalDate.parse("2031-04-01"));
        ActionView action = SignedIn.as(journey.worker, () -> cp.addPlanAction(plan.id(),
                new NewAction("Parenting course", "Mother")));
        SignedIn.run(journey.worker, () -> cp.recordVisit(plan.id(), new NewVisit(LocalDate.parse("2031-03-25"), true,
                true, "Likes school", null)));
        assertThat(clock(ChildProtection.VISIT_RULE).dueDate()).isEqualTo(LocalDate.parse("2031-04-08"));
        SignedIn.run(journey.worker, () -> cp.holdCoreGroup(plan.id(), new NewCoreGroup(LocalDate.parse("2031-04-01"),
                Journey.ALL, List.of(new ProgressView(action.id(), ProgressRating.SOME_PROGRESS, "Booked")), null)));
        assertThat(open(ChildProtection.FIRST_CORE_GROUP_RULE)).isEmpty();
        assertThat(clock(ChildProtection.CORE_GROUP_RULE).dueDate()).isEqualTo(LocalDate.parse("2031-04-29"));

        clock.setDate(LocalDate.parse("2031-06-10"));
        SignedIn.run(journey.chair, () -> cp.holdReviewConference(plan.id(), cp.findPlan(plan.id()).orElseThrow()
                .version(), journey.review(LocalDate.parse("2031-06-10"), ConferenceDecision.CONTINUE_PLAN)));
        assertThat(clock(ChildProtection.REVIEW_RULE).dueDate()).isEqualTo(LocalDate.parse("2031-12-10"));
        assertThat(cp.findPlan(plan.id()).orElseThrow().latestCategory()).isEqualTo(AbuseCategory.NEG);

        clock.setDate(LocalDate.parse("2031-12-01"));
        SignedIn.run(journey.chair, () -> cp.holdReviewConference(plan.id(), cp.findPlan(plan.id()).orElseThrow()
                .version(), journey.review(LocalDate.parse("2031-12-01"), ConferenceDecision.END_PLAN)));
        PlanView ended = cp.findPlan(plan.id()).orElseThrow();
        assertThat(ended.active()).isFalse();
        assertThat(ended.endDate()).isEqualTo(LocalDate.parse("2031-12-01"));
        assertThat(cp.openClocks(child.id())).isEmpty();
        assertThat(events.stream(ChildProtectionPlanEnded.class)).anySatisfy(e -> {
            assertThat(e.planId()).isEqualTo(plan.id());
            assertThat(e.continuesAsChildInNeed()).isTrue();
        });
        assertThatThrownBy(() -> SignedIn.run(journey.worker, () -> cp.recordVisit(plan.id(),
                new NewVisit(LocalDate.parse("2031-12-01"), true, false, "x", null))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSecondPlanWithinTwoYearsIsFlaggedAndAPlanOpenTwoYearsIsFlagged() {
        PlanView first = journey.toPlan(child.id(), MON);
        clock.setDate(MON.plusMonths(3));
        SignedIn.run(journey.chair, () -> cp.holdReviewConference(first.id(), first.version(),
                journey.review(MON.plusMonths(3), ConferenceDecision.END_PLAN)));
        clock.setDate(MON.plusMonths(9));
        PlanView second = journey.toPlan(child.id(), MON.plusMonths(9));
        assertThat(second.previousPlans()).isEqualTo(1);
        assertThat(second.previousWithinTwoYears()).isTrue();
        assertThat(second.twoYearsOrMore()).isFalse();
        clock.setDate(MON.plusMonths(33));
        assertThat(cp.findPlan(second.id()).orElseThrow().twoYearsOrMore()).isTrue();
    }

    @Test
    void recordingTheBirthOfAChildOnAPreBirthPlanStartsThePostBirthReviewClock() {
        PersonSummary unborn = people.register(PersonKind.CHILD, new hearth.people.PersonDetails(fx.name("Baby"),
                null, "Unborn", null, MON.plusMonths(2), Sex.U, null, hearth.people.Ethnicity.WBRI, null, null,
                java.util.Set.of(hearth.people.Disability.NONE), null, null, null, false));
        PlanView plan = journey.toPlan(unborn.id(), MON);
        assertThat(plan.preBirth()).isTrue();
        assertThat(cp.conferencesFor(unborn.id()).get(0).preBirth()).isTrue();
        assertThat(cp.openClocks(unborn.id())).extracting(ObligationView::ruleId)
                .doesNotContain(ChildProtection.VISIT_RULE, ChildProtection.POST_BIRTH_RULE);

        LocalDate born = MON.plusMonths(2);
        clock.setDate(born.plusDays(1));
        people.bornOn(unborn.id(), born, Sex.M);
        ObligationView postBirth = cp.openClocks(unborn.id()).stream()
                .filter(o -> o.ruleId().equals(ChildProtection.POST_BIRTH_RULE)).findFirst().orElseThrow();
        assertThat(postBirth.dueDate()).isEqualTo(born.plusDays(10));
        clock.setDate(born.plusDays(12));
        assertThat(cp.openClocks(unborn.id())).filteredOn(o -> o.ruleId().equals(ChildProtection.POST_BIRTH_RULE))
                .singleElement().satisfies(o -> assertThat(o.state()).isEqualTo(ObligationState.OVERDUE));
        SignedIn.run(journey.worker, () -> cp.holdCoreGroup(plan.id(), new NewCoreGroup(born.plusDays(12),
                Journey.ALL, List.of(), "After the birth")));
        assertThat(obligations.find(postBirth.id()).orElseThrow().state()).isEqualTo(ObligationState.MET_LATE);
    }

    private ObligationView clock(String rule) {
        return open(rule).orElseThrow(() -> new AssertionError("No open " + rule));
    }

    private Optional<ObligationView> open(String rule) {
        return obligations.openFor(List.of(child.id())).stream().filter(o -> o.ruleId().equals(rule)).findFirst();
    }
}
