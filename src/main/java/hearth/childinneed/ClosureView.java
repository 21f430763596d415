package hearth.childinneed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A closure proposal and what became of it: returned with a reason, or authorised (closing the episode), and
 * perhaps later reopened. {@code withoutAssessment} warns of DfE query 8825Q (RC8 or RC9 but no assessment).
 */
public record ClosureView(UUID id, UUID episodeId, UUID childId, ClosureReason reason, String summary,
        String risksConsidered, ClosureStatus status, String proposedBy, Instant proposedAt, String decidedBy,
        Instant decidedAt, String returnReason, LocalDate closedOn, boolean stepDownToEarlyHelp, String reopenedBy,
        Instant reopenedAt, String reopenReason, boolean withoutAssessment, long version) {

    public boolean awaitingAuthorisation() {
        return status == ClosureStatus.PROPOSED;
    }

    public boolean reopened() {
        return reopenedAt != null;
    }
}
