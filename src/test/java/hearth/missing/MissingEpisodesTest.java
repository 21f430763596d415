package hearth.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.notifications.Notifications;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.timescales.DeadlineUnit;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Missing episodes through the published service, with the clock moved across the 72 hour return interview. */
@HearthTest
class MissingEpisodesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    MissingEpisodes missing;
    @Autowired
    Obligations obligations;
    @Autowired
    Notifications notifications;

    Fixtures fx;
    MissingJourney journey;
    String worker;
    String manager;
    PersonSummary child;
    Instant now;

    @BeforeEach
    void setUp() {
        now = LocalDate.now(MutableClock.LONDON).atTime(10, 0).atZone(MutableClock.LONDON).toInstant();
        clock.set(now);
        fx = new Fixtures(context);
        journey = new MissingJourney(context, fx);
        manager = fx.unique("team_manager");
        UUID team = fx.team(fx.service(), manager);
        fx.user(manager, "Manager", Role.TEAM_MANAGER, team);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        child = fx.child(fx.name("Jordan"), "Missing", LocalDate.of(2011, 3, 4));
        fx.allocate(child.id(), team, worker);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theReturnInterviewIsDue72HoursAfterTheReturnAndGoesOverdueTheHourAfter() {
        MissingEpisodeView episode = journey.report(worker, child.id(), now.minus(Duration.ofHours(20)));
        assertThat(episode.missingNow()).isTrue();
        assertThat(missing.isMissingNow(child.id())).isTrue();
        Instant back = now.minus(Duration.ofHours(2));
        MissingEpisodeView returned = journey.returned(worker, episode, back);
        ObligationView interview = obligations.find(returned.interviewObligationId()).orElseThrow();
        assertThat(interview.ruleId()).isEqualTo(MissingEpisodes.INTERVIEW_RULE);
        assertThat(interview.deadline().unit()).isEqualTo(DeadlineUnit.HOURS);
        assertThat(interview.due().overdueFrom()).isEqualTo(back.plus(Duration.ofHours(72)));
        assertThat(interview.responsible()).isEqualTo(worker);

        clock.set(back.plus(Duration.ofHours(71)));
        assertThat(obligations.find(interview.id()).orElseThrow().state()).isNotEqualTo(ObligationState.OVERDUE);
        clock.set(back.plus(Duration.ofHours(72)).plusSeconds(60));
        assertThat(obligations.find(interview.id()).orElseThrow().state()).isEqualTo(ObligationState.OVERDUE);

        Instant offered = back.plus(Duration.ofHours(72));
        MissingEpisodeView o = journey.as(worker, () -> missing.offerInterview(returned.id(), returned.version(), offered));
        MissingEpisodeView held = journey.as(worker, () -> missing.interviewHeld(o.id(), o.version(),
                new ReturnInterviewFindings(offered, "Sam Reid, Missing People", "Arguments at home",
                        "Older friends with cars", Set.of(ExploitationConcern.CRIMINAL_EXPLOITATION), "Refer to the panel")));
        assertThat(held.interviewStatus()).isEqualTo(ReturnInterviewStatus.HELD);
        assertThat(held.concerns()).containsExactly(ExploitationConcern.CRIMINAL_EXPLOITATION);
        assertThat(obligations.find(interview.id()).orElseThrow().state()).isEqualTo(ObligationState.MET_LATE);
        assertThat(missing.interviewsOutstanding()).extracting(MissingEpisodeView::id).doesNotContain(held.id());
    }

    @Test
    void anInterviewOfferedAndDeclinedWithin72HoursMeetsTheDutyOnTime() {
        MissingEpisodeView returned = journey.returned(worker,
                journey.report(worker, child.id(), now.minus(Duration.ofHours(5))), now.minus(Duration.ofHours(1)));
        assertThat(missing.interviewsOutstanding()).extracting(MissingEpisodeView::id).contains(returned.id());
        clock.set(now.plus(Duration.ofHours(30)));
        MissingEpisodeView offered = journey.as(worker, () -> missing.offerInterview(returned.id(), returned.version(),
                now.plus(Duration.ofHours(29))));
        MissingEpisodeView declined = journey.as(worker, () -> missing.interviewDeclined(offered.id(), offered.version(),
                "Did not want to talk to anyone"));
        assertThat(declined.interviewStatus()).isEqualTo(ReturnInterviewStatus.DECLINED);
        assertThat(obligations.find(returned.interviewObligationId()).orElseThrow().state())
                .isEqualTo(ObligationState.MET_ON_TIME);
        assertThatThrownBy(() -> journey.as(worker, () -> missing.interviewHeld(declined.id(), declined.version(),
                new ReturnInterviewFindings(now, "x", null, null, Set.of(), "y"))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEpisodeIsFromCareOnlyWhileTheChildIsLookedAfter() {
        MissingEpisodeView fromHome = journey.report(worker, child.id(), now.minus(Duration.ofDays(20)));
        assertThat(fromHome.fromCare()).isFalse();
        UUID period = journey.lookedAfter(child.id(), LocalDate.ofInstant(now, MutableClock.LONDON).minusDays(10));
        MissingEpisodeView fromCare = journey.report(worker, child.id(), now.minus(Duration.ofDays(2)));
        assertThat(fromCare.fromCare()).isTrue();
        journey.ceased(child.id(), period, LocalDate.ofInstant(now, MutableClock.LONDON).minusDays(1));
        assertThat(journey.report(worker, child.id(), now.minus(Duration.ofHours(3))).fromCare()).isFalse();
        assertThat(missing.between(LocalDate.ofInstant(now, MutableClock.LONDON).minusDays(3),
                LocalDate.ofInstant(now, MutableClock.LONDON))).extracting(MissingEpisodeView::childId)
                .filteredOn(id -> id.equals(child.id())).hasSize(2);
    }

    @Test
    void aCorrectedReturnTimeRestartsTheClockAndAStaleEditIsRefused() {
        MissingEpisodeView returned = journey.returned(worker,
                journey.report(worker, child.id(), now.minus(Duration.ofHours(10))), now.minus(Duration.ofHours(8)));
        Instant corrected = now.minus(Duration.ofHours(6));
        MissingEpisodeView after = journey.as(worker, () -> missing.correct(returned.id(), returned.version(),
                new MissingCorrection(MissingKind.AWAY, returned.startedAt(), null, false, null, corrected,
                        "Grandmother's house", null, "Return time was given wrongly by the carer")));
        assertThat(after.kind()).isEqualTo(MissingKind.AWAY);
        assertThat(after.correctionReason()).isEqualTo("Return time was given wrongly by the carer");
        assertThat(obligations.find(returned.interviewObligationId()).orElseThrow().state())
                .isEqualTo(ObligationState.VOIDED);
        assertThat(obligations.find(after.interviewObligationId()).orElseThrow().due().overdueFrom())
                .isEqualTo(corrected.plus(Duration.ofHours(72)));
        assertThatThrownBy(() -> journey.as(worker, () -> missing.voidEpisode(returned.id(), returned.version(), "x")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        MissingEpisodeView voided = journey.as(worker, () -> missing.voidEpisode(after.id(), after.version(),
                "Recorded on the wrong child"));
        assertThat(voided.voided()).isTrue();
        assertThat(obligations.find(after.interviewObligationId()).orElseThrow().state()).isEqualTo(ObligationState.VOIDED);
        assertThat(missing.totalsFor(child.id()).allEpisodes()).isZero();
    }

    @Test
    void aReturnBeforeTheChildWentMissingIsRefused() {
        MissingEpisodeView episode = journey.report(worker, child.id(), now.minus(Duration.ofHours(3)));
        assertThatThrownBy(() -> journey.returned(worker, episode, now.minus(Duration.ofHours(4))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("missing.error.endBeforeStart");
        assertThatThrownBy(() -> journey.returned(worker, episode, now.plus(Duration.ofHours(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("missing.error.endFuture");
    }

    @Test
    void theThirdEpisodeIn90DaysTellsTheWorkersManagerToConsiderAScreening() {
        for (int days : new int[] {80, 40}) {
            MissingEpisodeView e = journey.report(worker, child.id(), now.minus(Duration.ofDays(days)));
            journey.returned(worker, e, now.minus(Duration.ofDays(days)).plus(Duration.ofHours(4)));
        }
        assertThat(notifications.recent(manager, 10)).noneMatch(n -> n.messageKey().equals("missing.notify.screening"));
        journey.report(worker, child.id(), now.minus(Duration.ofHours(1)));
        assertThat(notifications.recent(manager, 10)).anyMatch(n -> n.messageKey().equals("missing.notify.screening")
                && child.id().equals(n.subjectId()));
        MissingTotals totals = missing.totalsFor(child.id());
        assertThat(totals.episodesInYear()).isEqualTo(3);
        assertThat(totals.timeInYear()).isEqualTo(Duration.ofHours(9));
    }
}
