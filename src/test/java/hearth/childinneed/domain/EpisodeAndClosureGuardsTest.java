package hearth.childinneed.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.childinneed.ClosureProposal;
import hearth.childinneed.ClosureReason;
import hearth.childinneed.ClosureStatus;
import hearth.childinneed.EpisodeStatus;
import hearth.childinneed.PrimaryNeed;
import hearth.frontdoor.ReferralSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EpisodeAndClosureGuardsTest {

    static final LocalDate REFERRED = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");

    Episode episode = new Episode(UUID.randomUUID(), REFERRED, ReferralSource.S6, NOW);

    @Test
    void anEpisodeClosesOnlyAfterAProposalAndReopensOnlyWhenClosed() {
        assertThatThrownBy(() -> episode.close(REFERRED.plusDays(5), ClosureReason.RC7))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(episode::reopen).isInstanceOf(IllegalStateException.class);
        episode.closureProposed();
        assertThatThrownBy(episode::closureProposed).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already awaiting");
        episode.close(REFERRED.plusDays(5), ClosureReason.RC7);
        assertThat(episode.getStatus()).isEqualTo(EpisodeStatus.CLOSED);
        assertThatThrownBy(() -> episode.recordPrimaryNeed(PrimaryNeed.N1)).isInstanceOf(IllegalStateException.class);
        episode.reopen();
        assertThat(episode.getStatus()).isEqualTo(EpisodeStatus.OPEN);
        episode.recordPrimaryNeed(PrimaryNeed.N4);
    }

    @Test
    void anEpisodeCannotCloseBeforeItsReferral() {
        episode.closureProposed();
        assertThatThrownBy(() -> episode.close(REFERRED.minusDays(1), ClosureReason.RC7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8630");
    }

    @Test
    void aReturnedProposalLeavesTheEpisodeOpenForAnotherProposal() {
        episode.closureProposed();
        episode.closureReturned();
        assertThatThrownBy(episode::closureReturned).isInstanceOf(IllegalStateException.class);
        episode.closureProposed();
        assertThat(episode.getStatus()).isEqualTo(EpisodeStatus.CLOSURE_PROPOSED);
    }

    @Test
    void theProposerCannotAuthoriseTheirOwnClosure() {
        Closure closure = closure(ClosureReason.RC7, true);
        assertThatThrownBy(() -> closure.authorise("worker", NOW, REFERRED.plusDays(9), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be the one who proposed");
        closure.authorise("manager", NOW, REFERRED.plusDays(9), false);
        assertThat(closure.getStatus()).isEqualTo(ClosureStatus.AUTHORISED);
        assertThat(closure.isStepDownToEarlyHelp()).isFalse();
        assertThatThrownBy(() -> closure.returnToWorker("manager", NOW, "Not yet"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rc9AlwaysStepsDownToEarlyHelpAndRc8WithoutAnAssessmentIsFlagged() {
        Closure rc9 = closure(ClosureReason.RC9, true);
        rc9.authorise("manager", NOW, REFERRED.plusDays(9), false);
        assertThat(rc9.isStepDownToEarlyHelp()).isTrue();
        assertThat(rc9.view().withoutAssessment()).isFalse();
        assertThat(closure(ClosureReason.RC8, false).view().withoutAssessment()).isTrue();
        assertThat(closure(ClosureReason.RC7, false).view().withoutAssessment()).isFalse();
    }

    @Test
    void aReturnNeedsAReasonAndAReopeningHappensOnceOnAnAuthorisedClosure() {
        Closure closure = closure(ClosureReason.RC7, true);
        assertThatThrownBy(() -> closure.returnToWorker("manager", NOW, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> closure.reopened("manager", NOW, REFERRED, "New concerns"))
                .isInstanceOf(IllegalStateException.class);
        closure.authorise("manager", NOW, REFERRED.plusDays(9), false);
        closure.reopened("manager2", NOW, REFERRED.plusDays(20), "New concerns from school");
        assertThat(closure.view().reopenedBy()).isEqualTo("manager2");
        assertThat(closure.view().closedOn()).isEqualTo(REFERRED.plusDays(9));
        assertThatThrownBy(() -> closure.reopened("manager", NOW, REFERRED.plusDays(21), "Again"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aClosureNeedsAReasonASummaryAndTheRisksConsidered() {
        assertThatThrownBy(() -> new Closure(episode.getId(), episode.getChildId(),
                new ClosureProposal(ClosureReason.RC7, "Done", " "), true, "worker", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Closure(episode.getId(), episode.getChildId(),
                new ClosureProposal(null, "Done", "None"), true, "worker", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChildNotSeenCannotHaveBeenSeenAlone() {
        assertThatThrownBy(() -> new CinVisit(episode.getId(), episode.getChildId(), REFERRED, false, true, "Not home",
                "worker", NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    private Closure closure(ClosureReason reason, boolean assessed) {
        return new Closure(episode.getId(), episode.getChildId(),
                new ClosureProposal(reason, "Needs met", "Parents engaging; school monitoring"), assessed, "worker",
                NOW);
    }
}
