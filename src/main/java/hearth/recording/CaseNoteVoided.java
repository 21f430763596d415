package hearth.recording;

import java.util.UUID;

/** A finalised case note was recorded in error and voided; it is kept, marked void with the reason. */
public record CaseNoteVoided(UUID childId, UUID noteId, String reason) {
}
