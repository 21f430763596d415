package hearth.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An action in the improvement plan, with the ids of the measures linked to it. */
public record ImprovementActionView(UUID id, UUID pointId, String title, String owner, LocalDate dueDate,
        ImprovementStatus status, String evidence, List<String> measureIds, String updatedBy, Instant updatedAt,
        long version) {

    /** Due before {@code today} and not complete. */
    public boolean overdue(LocalDate today) {
        return status != ImprovementStatus.COMPLETE && dueDate.isBefore(today);
    }
}
