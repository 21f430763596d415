package hearth.performance;

import java.time.YearMonth;

/** A measure for one calendar month: how many of how many (for example visits on time of visits due). */
public record MeasurePoint(YearMonth month, long numerator, long denominator) {

    /** The percentage to one decimal place, or null when nothing counted that month. */
    public Double percent() {
        return denominator == 0 ? null : Math.round(numerator * 1000.0 / denominator) / 10.0;
    }
}
