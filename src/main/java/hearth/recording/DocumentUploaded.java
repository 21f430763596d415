package hearth.recording;

import java.time.LocalDate;
import java.util.UUID;

/** A document was put on a child's record. */
public record DocumentUploaded(UUID childId, UUID documentId, DocumentType type, LocalDate documentDate,
        String title, boolean significant) {
}
