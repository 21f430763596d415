package hearth.supervision;

import java.time.LocalDate;
import java.util.UUID;

/** A manager recorded oversight on a child's record, with when they will look again. */
public record ManagementOversightRecorded(UUID childId, UUID oversightId, LocalDate recordedOn, String manager,
        LocalDate nextReviewOn) {
}
