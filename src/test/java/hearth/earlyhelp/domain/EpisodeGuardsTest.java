package hearth.earlyhelp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.earlyhelp.Attendee;
import hearth.earlyhelp.ClosureOutcome;
import hearth.earlyhelp.EpisodeStatus;
import hearth.earlyhelp.FamilyAssessment;
import hearth.earlyhelp.LeftWaitingList;
import hearth.earlyhelp.Origin;
import hearth.earlyhelp.Priority;
import hearth.earlyhelp.ReviewDecision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EpisodeGuardsTest {

    static final LocalDate START = LocalDate.of(2026, 3, 2);

    EarlyHelpEpisode episode() {
        return new EarlyHelpEpisode(UUID.randomUUID(), Origin.PARTNER_REQUEST, null, "School worried about attendance", START,
                "worker", Instant.now());
    }

    @Test
    void anEpisodeOpensAndMayWaitThenStartOnce() {
        EarlyHelpEpisode e = episode();
        assertThat(e.getStatus()).isEqualTo(EpisodeStatus.OPEN);
        e.waitForService();
        assertThat(e.getStatus()).isEqualTo(EpisodeStatus.WAITING);
        assertThatThrownBy(e::waitForService).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> e.startService(START.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
        e.startService(START.plusDays(10));
        assertThat(e.getStatus()).isEqualTo(EpisodeStatus.OPEN);
        assertThat(e.view().serviceStartedOn()).isEqualTo(START.plusDays(10));
        assertThatThrownBy(() -> e.startService(START.plusDays(11))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(e::waitForService).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void steppedUpAndClosedAreFinal() {
        EarlyHelpEpisode up = episode();
        assertThatThrownBy(() -> up.stepUp(START, " ", null)).isInstanceOf(IllegalArgumentException.class);
        up.stepUp(START.plusDays(3), "Disclosure of harm", UUID.randomUUID());
        assertThat(up.getStatus()).isEqualTo(EpisodeStatus.STEPPED_UP);
        assertThatThrownBy(() -> up.close(START.plusDays(4), ClosureOutcome.NEEDS_MET, null))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> up.leadBy(null, "A", "B", "C", "D", START)).isInstanceOf(IllegalStateException.class);

        EarlyHelpEpisode closed = episode();
        assertThatThrownBy(() -> closed.close(START.minusDays(1), ClosureOutcome.NEEDS_MET, null))
                .isInstanceOf(IllegalArgumentException.class);
        closed.close(START.plusDays(30), ClosureOutcome.NEEDS_MET, "Attendance back to 96%");
        assertThat(closed.view().closureOutcome()).isEqualTo(ClosureOutcome.NEEDS_MET);
        assertThatThrownBy(() -> closed.stepUp(START.plusDays(31), "Late concern", null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPartnerLeadNeedsContactDetailsAndAWorkerLeadDoesNot() {
        EarlyHelpEpisode e = episode();
        assertThatThrownBy(() -> e.leadBy(null, "Jo Patel", "Reading Girls' School", "DSL", " ", START))
                .isInstanceOf(IllegalArgumentException.class);
        e.leadBy("fw.one", "Fran Worker", "Family help team", "Family worker", null, START);
        assertThat(e.view().lead().isWorker()).isTrue();
        e.leadBy(null, "Jo Patel", "Reading Girls' School", "DSL", "0118 496 0000", START.plusDays(5));
        assertThat(e.view().lead().isWorker()).isFalse();
        assertThat(e.view().lead().contact()).isEqualTo("0118 496 0000");
    }

    @Test
    void aCompletedAssessmentNeedsWhoAndASummaryAndCannotPrecedeItsStart() {
        EarlyHelpEpisode e = episode();
        e.assessed(new FamilyAssessment(START, null, null, null));
        assertThat(e.view().assessment().completed()).isFalse();
        assertThatThrownBy(() -> e.assessed(new FamilyAssessment(START, START.plusDays(10), "Fran", " ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> e.assessed(new FamilyAssessment(START, START.minusDays(1), "Fran", "Found")))
                .isInstanceOf(IllegalArgumentException.class);
        e.assessed(new FamilyAssessment(START, START.plusDays(10), "Fran", "Strengths: grandparents nearby"));
        assertThat(e.view().assessment().completedBy()).isEqualTo("Fran");
    }

    @Test
    void checkInsGoForwardFromJoiningAndStopWhenTheFamilyLeaves() {
        WaitingEntry w = new WaitingEntry(UUID.randomUUID(), UUID.randomUUID(), "Parenting programme", START,
                Priority.HIGH);
        assertThatThrownBy(() -> w.checkedIn(START.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
        w.checkedIn(START.plusDays(20));
        assertThatThrownBy(() -> w.checkedIn(START.plusDays(19))).isInstanceOf(IllegalArgumentException.class);
        assertThat(w.daysWaiting(START.plusDays(40))).isEqualTo(40);
        w.leave(START.plusDays(30), LeftWaitingList.SERVICE_STARTED);
        assertThat(w.daysWaiting(START.plusDays(40))).isEqualTo(30);
        assertThatThrownBy(() -> w.checkedIn(START.plusDays(31))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> w.leave(START.plusDays(31), LeftWaitingList.DECLINED))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReviewNeedsAttendeesWithTheirAgency() {
        UUID episode = UUID.randomUUID();
        assertThatThrownBy(() -> new TafReview(episode, START, List.of(), "Better", ReviewDecision.CONTINUE_PLAN,
                null, "w", Instant.now())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TafReview(episode, START, List.of(new Attendee("Sam", " ")), "Better",
                ReviewDecision.CONTINUE_PLAN, null, "w", Instant.now())).isInstanceOf(IllegalArgumentException.class);
        TafReview review = new TafReview(episode, START, List.of(new Attendee("Sam Okafor", "Mother"),
                new Attendee("Jo Patel", "School")), "Better", ReviewDecision.CONTINUE_PLAN, " ", "w", Instant.now());
        assertThat(review.view().attendees()).extracting(Attendee::agency).containsExactly("Mother", "School");
        assertThat(review.view().decisionNote()).isNull();
    }
}
