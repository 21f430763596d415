package hearth.missing;

import java.time.Instant;

/** A correction of an episode's facts, with why; the end may be empty while the child is still missing. */
public record MissingCorrection(MissingKind kind, Instant startedAt, String circumstances, boolean reportedToPolice,
        String policeReference, Instant endedAt, String whereFound, String returnNotes, String reason) {
}
