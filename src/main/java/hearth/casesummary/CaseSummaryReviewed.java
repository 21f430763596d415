package hearth.casesummary;

import java.time.Instant;
import java.util.UUID;

/** The worker {@code reviewedBy} confirmed the child's case summary is up to date at {@code reviewedAt}. */
public record CaseSummaryReviewed(UUID childId, UUID summaryId, Instant reviewedAt, String reviewedBy) {
}
