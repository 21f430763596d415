package hearth.performance.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * One child counted in a measure for a month: in the denominator always, and in the numerator when {@code counted}.
 * {@code on} is the day the child is counted on (the referral, the conference, the month's end), which decides the
 * team the child is attributed to.
 */
public record MeasureCase(YearMonth month, UUID childId, boolean counted, LocalDate on) {
}
