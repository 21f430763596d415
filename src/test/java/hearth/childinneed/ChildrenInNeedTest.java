package hearth.childinneed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import hearth.assessment.AssessmentOutcome;
import hearth.frontdoor.ClosureHistory;
import hearth.frontdoor.ReferralSource;
import hearth.frontdoor.ReferralView;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.timescales.Due;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The episode of need end to end through the published service, with the clock moved to test the timescales. */
@HearthTest
@RecordApplicationEvents
class ChildrenInNeedTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    ChildrenInNeed cin;
    @Autowired
    Obligations obligations;
    @Autowired
    ClosureHistory closureHistory;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;

    Fixtures fx;
    CinJourney journey;
    String worker;
    String manager;
    String otherManager;
    PersonSummary child;
    LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(MutableClock.LONDON);
        clock.setDate(today);
        fx = new Fixtures(context);
        journey = new CinJourney(context, fx);
        UUID team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        manager = fx.user(Role.TEAM_MANAGER, team);
        otherManager = fx.user(Role.TEAM_MANAGER, team);
        child = fx.child(fx.name("Casey"), "Inneed", LocalDate.of(2015, 6, 1));
        fx.allocate(child.id(), team, worker);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aReferralOpensAnEpisodeAndASecondReferralJoinsTheOpenOne() {
        ReferralView first = journey.referral(child.id(), manager, ReferralSource.S2A);
        ReferralView second = journey.referral(child.id(), manager, ReferralSource.S6);
        List<EpisodeView> episodes = cin.episodesFor(child.id());
        assertThat(episodes).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(EpisodeStatus.OPEN);
            assertThat(e.referralDate()).isEqualTo(today);
            assertThat(e.source()).isEqualTo(ReferralSource.S2A);
            assertThat(e.primaryNeed()).isNull();
            assertThat(e.referrals()).extracting(EpisodeView.EpisodeReferral::referralId)
                    .containsExactly(first.id(), second.id());
            assertThat(e.referrals().get(1).joined()).isTrue();
            assertThat(e.referrals().get(1).reReferral()).isTrue();
        });
        EpisodeView episode = episodes.get(0);
        EpisodeView changed = journey.as(worker, () -> cin.recordPrimaryNeed(episode.id(), episode.version(),
                PrimaryNeed.N4));
        assertThat(changed.primaryNeed()).isEqualTo(PrimaryNeed.N4);
        assertThatThrownBy(() -> cin.recordPrimaryNeed(episode.id(), episode.version(), PrimaryNeed.N5))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void aChildInNeedPlanOutcomeStartsTheFirstMeetingClockWhichGoesOverdueUntilThePlanStarts() throws Exception {
        ReferralView referral = journey.referral(child.id(), manager, ReferralSource.S6);
        journey.assessmentAuthorised(child.id(), referral.id(), today, today, AssessmentOutcome.CHILD_IN_NEED_PLAN,
                manager);
        ObligationView meeting = open(ChildrenInNeed.FIRST_MEETING_RULE).orElseThrow();
        assertThat(meeting.responsible()).isEqualTo(worker);
        assertThat(cin.openEpisodeFor(child.id()).orElseThrow().planNeeded()).isTrue();

        clock.setDate(meeting.dueDate().plusDays(2));
        assertThat(obligations.find(meeting.id()).orElseThrow().state()).isEqualTo(ObligationState.OVERDUE);
        mvc.perform(get("/my-work").with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("First child in need meeting")))
                .andExpect(content().string(containsString(child.lastName())));

        EpisodeView episode = cin.openEpisodeFor(child.id()).orElseThrow();
        journey.as(worker, () -> cin.startPlan(episode.id(), meeting.dueDate().plusDays(1)));
        assertThat(obligations.find(meeting.id()).orElseThrow().state()).isEqualTo(ObligationState.MET_LATE);
        assertThat(open(ChildrenInNeed.REVIEW_RULE)).isPresent();
        assertThat(open(ChildrenInNeed.VISIT_RULE)).isPresent();
        assertThatThrownBy(() -> journey.as(worker, () -> cin.startPlan(episode.id(), today)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void visitsWhereTheChildIsSeenAndReviewsRecurFromTheActualDate() throws Exception {
        EpisodeView episode = episodeWithPlan();
        UUID action = journey.as(worker, () -> {
            UUID need = cin.addNeed(cin.currentPlan(episode.id()).orElseThrow().id(), "Safe and settled at home");
            return cin.addAction(need, "Parenting course", "Family centre", today.plusWeeks(8));
        });
        ObligationView visit = open(ChildrenInNeed.VISIT_RULE).orElseThrow();
        LocalDate late = visit.dueDate().plusDays(3);
        clock.setDate(late);
        assertThat(obligations.find(visit.id()).orElseThrow().state()).isEqualTo(ObligationState.OVERDUE);
        mvc.perform(get("/my-work").with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("Child in need visit")));

        journey.as(worker, () -> cin.recordVisit(episode.id(), new NewVisit(late, false, false, "Nobody home")));
        assertThat(open(ChildrenInNeed.VISIT_RULE).orElseThrow().id()).isEqualTo(visit.id());
        journey.as(worker, () -> cin.recordVisit(episode.id(), new NewVisit(late, true, true,
                "\"I like my new school\"")));
        assertThat(obligations.find(visit.id()).orElseThrow().state()).isEqualTo(ObligationState.MET_LATE);
        ObligationView nextVisit = open(ChildrenInNeed.VISIT_RULE).orElseThrow();
        assertThat(nextVisit.startedAt()).isEqualTo(late.atStartOfDay(Due.LONDON).toInstant());
        assertThat(nextVisit.dueDate()).isAfter(late);

        ObligationView review = open(ChildrenInNeed.REVIEW_RULE).orElseThrow();
        LocalDate reviewed = review.dueDate().plusDays(1);
        clock.setDate(reviewed);
        assertThat(obligations.find(review.id()).orElseThrow().state()).isEqualTo(ObligationState.OVERDUE);
        journey.as(worker, () -> cin.recordReview(episode.id(), new NewReview(reviewed,
                List.of(new Attendee("Ms Patel", "Class teacher", true), new Attendee("Dr Okoro", "GP", false)),
                List.of(new ProgressUpdate(action, ActionStatus.ON_TRACK, "Attended 4 of 6 sessions")),
                "Says things are calmer at home", ReviewDecision.CONTINUE_PLAN)));
        ObligationView nextReview = open(ChildrenInNeed.REVIEW_RULE).orElseThrow();
        assertThat(nextReview.startedAt()).isEqualTo(reviewed.atStartOfDay(Due.LONDON).toInstant());
        assertThat(nextReview.dueDate()).isAfter(reviewed);

        ReviewView saved = cin.reviewsFor(episode.id()).get(0);
        assertThat(saved.attendees()).extracting(Attendee::attended).containsExactly(true, false);
        assertThat(saved.progress()).singleElement().satisfies(p -> assertThat(p.note()).contains("4 of 6"));
        PlanView.Action after = cin.currentPlan(episode.id()).orElseThrow().needs().get(0).actions().get(0);
        assertThat(after.status()).isEqualTo(ActionStatus.ON_TRACK);
        assertThat(cin.visitsFor(episode.id())).hasSize(2);
    }

    @Test
    void noFurtherActionMakesTheEpisodeReadyToCloseAndAnotherManagerAuthorisesTheClosure() {
        ReferralView referral = journey.referral(child.id(), manager, ReferralSource.S6);
        journey.assessmentAuthorised(child.id(), referral.id(), today, today, AssessmentOutcome.NO_FURTHER_ACTION,
                manager);
        EpisodeView episode = cin.openEpisodeFor(child.id()).orElseThrow();
        assertThat(episode.readyToClose()).isTrue();
        assertThat(episode.suggestedReason()).isEqualTo(ClosureReason.RC8);
        EpisodeView withNeed = journey.as(worker, () -> cin.recordPrimaryNeed(episode.id(), episode.version(),
                PrimaryNeed.N9));

        ClosureView proposed = journey.as(manager, () -> cin.proposeClosure(episode.id(), withNeed.version(),
                new ClosureProposal(ClosureReason.RC8, "No further action after assessment", "Low risk; school aware")));
        assertThat(proposed.withoutAssessment()).isFalse();
        assertThatThrownBy(() -> journey.as(manager, () -> cin.authoriseClosure(proposed.id(), proposed.version(), false)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> journey.as(worker, () -> cin.authoriseClosure(proposed.id(), proposed.version(), false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cin.awaitingAuthorisation()).extracting(ClosureView::id).contains(proposed.id());

        journey.as(otherManager, () -> cin.authoriseClosure(proposed.id(), proposed.version(), false));
        assertThat(cin.find(episode.id()).orElseThrow().closedOn()).isEqualTo(today);
        assertThat(events.stream(CaseClosed.class).filter(e -> e.episodeId().equals(episode.id())))
                .singleElement().satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(ClosureReason.RC8);
                    assertThat(e.stepDownToEarlyHelp()).isFalse();
                    assertThat(e.authorisedBy()).isEqualTo(otherManager);
                });
        assertThat(closureHistory.lastClosureOnOrBefore(child.id(), today)).hasValueSatisfying(c -> {
            assertThat(c.reasonCode()).isEqualTo("RC8");
            assertThat(c.reasonText()).contains("no further action").doesNotStartWith("RC8");
            assertThat(c.authorisedBy()).isEqualTo(otherManager);
        });
        assertThat(closureHistory.lastClosureOnOrBefore(child.id(), today.minusDays(1))).isEmpty();
    }

    @Test
    void closingVoidsTheChildInNeedClocksAndReopeningKeepsTheEarlierClosure() {
        EpisodeView episode = episodeWithPlan();
        // after a plan the episode closes RC7 (RC8/RC9 mean closed straight after assessment: DfE rule 2990)
        ClosureView proposed = journey.as(worker, () -> cin.proposeClosure(episode.id(), episode.version(),
                new ClosureProposal(ClosureReason.RC7, "Needs now met by early help", "Family engaging well")));
        assertThat(proposed.withoutAssessment()).isFalse();
        ClosureView returned = journey.as(manager, () -> cin.returnClosure(proposed.id(), proposed.version(),
                "Add the school's view"));
        assertThat(returned.status()).isEqualTo(ClosureStatus.RETURNED);
        EpisodeView reopened = cin.find(episode.id()).orElseThrow();
        assertThat(reopened.status()).isEqualTo(EpisodeStatus.OPEN);

        clock.advance(java.time.Duration.ofMinutes(30));
        ClosureView again = journey.as(worker, () -> cin.proposeClosure(episode.id(), reopened.version(),
                new ClosureProposal(ClosureReason.RC7, "School agrees", "Family engaging well")));
        journey.as(manager, () -> cin.authoriseClosure(again.id(), again.version(), true));
        assertThat(obligations.openFor(List.of(child.id()))).extracting(ObligationView::ruleId)
                .doesNotContain(ChildrenInNeed.REVIEW_RULE, ChildrenInNeed.VISIT_RULE);
        assertThat(cin.plansFor(episode.id()).get(0).endDate()).isEqualTo(today);
        assertThat(events.stream(CaseClosed.class).filter(e -> e.episodeId().equals(episode.id())))
                .singleElement().satisfies(e -> assertThat(e.stepDownToEarlyHelp()).isTrue());
        assertThatThrownBy(() -> journey.as(worker, () -> cin.recordVisit(episode.id(),
                new NewVisit(today, true, false, "Fine")))).isInstanceOf(IllegalStateException.class);

        clock.setDate(today.plusDays(10));
        EpisodeView closed = cin.find(episode.id()).orElseThrow();
        journey.as(otherManager, () -> cin.reopen(episode.id(), closed.version(), "School raised new concerns"));
        assertThat(cin.find(episode.id()).orElseThrow().status()).isEqualTo(EpisodeStatus.OPEN);
        assertThat(cin.closuresFor(episode.id())).hasSize(2).first().satisfies(c -> {
            assertThat(c.status()).isEqualTo(ClosureStatus.AUTHORISED);
            assertThat(c.closedOn()).isEqualTo(today);
            assertThat(c.reopenedBy()).isEqualTo(otherManager);
            assertThat(c.reopenReason()).isEqualTo("School raised new concerns");
        });
        assertThat(events.stream(CaseReopened.class).filter(e -> e.episodeId().equals(episode.id()))).hasSize(1);
        assertThat(closureHistory.lastClosureOnOrBefore(child.id(), today.plusDays(5))).isPresent();
        assertThat(closureHistory.lastClosureOnOrBefore(child.id(), today.plusDays(10))).isEmpty();
    }

    @Test
    void aChildSteppedDownFromChildProtectionNeedsAChildInNeedPlanWithItsFirstMeetingClock() {
        journey.referral(child.id(), manager, ReferralSource.S6);
        journey.publish(new hearth.childprotection.Section47Authorised(child.id(), UUID.randomUUID(), today,
                hearth.childprotection.EnquiryOutcome.CONFERENCE_NEEDED, true, manager, today));
        assertThat(cin.openEpisodeFor(child.id()).orElseThrow().planNeeded()).isFalse();

        journey.publish(new hearth.childprotection.ChildProtectionPlanEnded(child.id(), UUID.randomUUID(), today,
                hearth.childprotection.PlanEndReason.values()[0], true));
        assertThat(cin.openEpisodeFor(child.id()).orElseThrow().planNeeded()).isTrue();
        assertThat(obligations.openFor(List.of(child.id()))).extracting(o -> o.ruleId())
                .contains("cin-plan-first-meeting");
    }

    @Test
    void rc8WithoutAnAssessmentIsFlaggedForDfeQuery8825() {
        journey.referral(child.id(), manager, ReferralSource.S6);
        EpisodeView episode = cin.openEpisodeFor(child.id()).orElseThrow();
        ClosureView proposed = journey.as(worker, () -> cin.proposeClosure(episode.id(), episode.version(),
                new ClosureProposal(ClosureReason.RC8, "Closed", "None")));
        assertThat(proposed.withoutAssessment()).isTrue();
    }

    @Test
    void anEpisodeThatWentOnToAnAssessmentOrAPlanDoesNotCloseWithoutItsPrimaryNeed() {
        ReferralView referral = journey.referral(child.id(), manager, ReferralSource.S6);
        journey.assessmentAuthorised(child.id(), referral.id(), today, today, AssessmentOutcome.CHILD_IN_NEED_PLAN,
                manager);
        EpisodeView episode = cin.openEpisodeFor(child.id()).orElseThrow();
        journey.as(worker, () -> cin.startPlan(episode.id(), today));
        EpisodeView planned = cin.find(episode.id()).orElseThrow();
        // the census reports this episode with its assessment and plan, so it needs a primary need (DfE rule 8610)
        assertThatThrownBy(() -> journey.as(worker, () -> cin.proposeClosure(planned.id(), planned.version(),
                new ClosureProposal(ClosureReason.RC7, "Needs met", "None outstanding"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("primary need");
        assertThat(cin.find(episode.id()).orElseThrow().status()).isEqualTo(EpisodeStatus.OPEN);
        assertThat(cin.closuresFor(episode.id())).isEmpty();

        EpisodeView withNeed = journey.as(worker, () -> cin.recordPrimaryNeed(planned.id(), planned.version(),
                PrimaryNeed.N2));
        ClosureView proposed = journey.as(worker, () -> cin.proposeClosure(withNeed.id(), withNeed.version(),
                new ClosureProposal(ClosureReason.RC7, "Needs met", "None outstanding")));
        journey.as(manager, () -> cin.authoriseClosure(proposed.id(), proposed.version(), false));
        assertThat(cin.find(episode.id()).orElseThrow()).satisfies(e -> {
            assertThat(e.status()).isEqualTo(EpisodeStatus.CLOSED);
            assertThat(e.primaryNeed()).isEqualTo(PrimaryNeed.N2);
        });
    }

    @Test
    void aClosureProposedBeforeTheAssessmentIsNotAuthorisedWithoutThePrimaryNeed() {
        ReferralView referral = journey.referral(child.id(), manager, ReferralSource.S6);
        EpisodeView episode = cin.openEpisodeFor(child.id()).orElseThrow();
        ClosureView proposed = journey.as(worker, () -> cin.proposeClosure(episode.id(), episode.version(),
                new ClosureProposal(ClosureReason.RC8, "Closed", "None")));
        journey.assessmentAuthorised(child.id(), referral.id(), today, today, AssessmentOutcome.NO_FURTHER_ACTION,
                manager);
        assertThatThrownBy(() -> journey.as(manager, () -> cin.authoriseClosure(proposed.id(), proposed.version(),
                false))).isInstanceOf(IllegalStateException.class).hasMessageContaining("primary need");
        assertThat(cin.find(episode.id()).orElseThrow().status()).isEqualTo(EpisodeStatus.CLOSURE_PROPOSED);
    }

    private EpisodeView episodeWithPlan() {
        ReferralView referral = journey.referral(child.id(), manager, ReferralSource.S6);
        journey.assessmentAuthorised(child.id(), referral.id(), today, today, AssessmentOutcome.CHILD_IN_NEED_PLAN,
                manager);
        EpisodeView episode = cin.openEpisodeFor(child.id()).orElseThrow();
        journey.as(worker, () -> cin.startPlan(episode.id(), today));
        EpisodeView started = cin.find(episode.id()).orElseThrow();
        return journey.as(worker, () -> cin.recordPrimaryNeed(started.id(), started.version(), PrimaryNeed.N1));
    }

    private Optional<ObligationView> open(String rule) {
        return obligations.openFor(List.of(child.id())).stream().filter(o -> o.ruleId().equals(rule)).findFirst();
    }
}
