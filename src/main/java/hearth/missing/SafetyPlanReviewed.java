package hearth.missing;

import java.time.LocalDate;
import java.util.UUID;

/** A safety plan was reviewed; it continues, or the review ended it. */
public record SafetyPlanReviewed(UUID childId, UUID planId, UUID reviewId, LocalDate reviewedOn, boolean continues) {
}
