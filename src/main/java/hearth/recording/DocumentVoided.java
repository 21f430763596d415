package hearth.recording;

import java.util.UUID;

/** A document was uploaded in error and voided; it is kept, marked void with the reason. */
public record DocumentVoided(UUID childId, UUID documentId, String reason) {
}
