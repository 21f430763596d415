package hearth.missing;

import java.time.Instant;

/** The child came back or was found: when, where, and how. */
public record MissingReturn(Instant endedAt, String whereFound, String returnNotes) {
}
