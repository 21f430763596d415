package hearth.supervision;

import java.time.LocalDate;
import java.util.UUID;

/** A manager's oversight on a child's record. */
public record OversightView(UUID id, UUID childId, LocalDate recordedOn, String manager, String direction,
        String rationale, LocalDate nextReviewOn) {
}
