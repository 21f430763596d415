package hearth.recording;

import java.time.Instant;
import java.util.UUID;

/** A case note was finalised: it is now part of the child's record and can no longer be edited. */
public record CaseNoteFinalised(UUID childId, UUID noteId, NoteType type, Instant occurredAt, boolean significant,
        String excerpt) {
}
