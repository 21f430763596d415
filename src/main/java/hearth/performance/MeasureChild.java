package hearth.performance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child behind a measure's number for a month: in the numerator ({@code counted}) or only the denominator, the
 * day they were counted on, and the team holding them that day (null when none).
 */
public record MeasureChild(UUID childId, boolean counted, LocalDate on, UUID teamId, String teamName) {
}
