package hearth.childinneed;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child in need review was held. Child protection can react to {@link ReviewDecision#STEP_UP_TO_CHILD_PROTECTION}.
 */
public record ReviewRecorded(UUID childId, UUID episodeId, UUID reviewId, LocalDate date, ReviewDecision decision) {
}
