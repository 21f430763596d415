package hearth.casesummary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The independent reviewing officer {@code finalisedBy} finalised their letter to the child about the review held
 * on {@code reviewDate}; it is kept on the record and never changes.
 */
public record ChildLetterFinalised(UUID childId, UUID letterId, LocalDate reviewDate, Instant finalisedAt,
        String finalisedBy) {
}
