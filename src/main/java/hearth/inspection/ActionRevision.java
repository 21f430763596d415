package hearth.inspection;

import java.time.Instant;
import java.time.LocalDate;

/** One saved version of an improvement action: what it said, who saved it and when. */
public record ActionRevision(String title, String owner, LocalDate dueDate, ImprovementStatus status, String evidence,
        String changedBy, Instant changedAt) {
}
