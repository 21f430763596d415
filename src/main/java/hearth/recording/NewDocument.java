package hearth.recording;

import java.time.LocalDate;
import java.util.UUID;

/** A document a worker uploads to a child's record, with the file as sent. */
public record NewDocument(UUID childId, DocumentType type, LocalDate documentDate, String title, String description,
        boolean significant, String fileName, byte[] content) {
}
