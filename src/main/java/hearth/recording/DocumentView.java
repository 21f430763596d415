package hearth.recording;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A document's details (never its bytes) as pages and other contexts see them. */
public record DocumentView(UUID id, UUID childId, DocumentType type, LocalDate documentDate, String title,
        String description, boolean significant, String fileName, String contentType, long sizeBytes,
        String uploadedBy, Instant uploadedAt, boolean voided, String voidReason, String voidedBy, long version) {
}
