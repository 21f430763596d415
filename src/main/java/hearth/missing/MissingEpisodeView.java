package hearth.missing;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A missing or away episode as pages and returns see it, with its return interview. */
public record MissingEpisodeView(UUID id, UUID childId, MissingKind kind, boolean fromCare, Instant startedAt,
        String circumstances, boolean reportedToPolice, String policeReference, Instant endedAt, String whereFound,
        String returnNotes, ReturnInterviewStatus interviewStatus, UUID interviewObligationId, Instant offeredAt,
        String offeredBy, String declinedReason, Instant heldAt, String heldBy, String pushFactors,
        String pullFactors, Set<ExploitationConcern> concerns, String findings, String recordedBy,
        Instant recordedAt, String correctedBy, String correctionReason, boolean voided, String voidReason,
        long version) {

    /** Still missing: no return recorded. */
    public boolean missingNow() {
        return endedAt == null && !voided;
    }

    /** How long the child was (or has so far been) missing. */
    public Duration duration(Instant now) {
        return Duration.between(startedAt, endedAt != null ? endedAt : now);
    }

    /** The child has returned and the interview is neither held nor declined. */
    public boolean interviewOutstanding() {
        return endedAt != null && !voided && (interviewStatus == ReturnInterviewStatus.NOT_OFFERED
                || interviewStatus == ReturnInterviewStatus.OFFERED);
    }
}
