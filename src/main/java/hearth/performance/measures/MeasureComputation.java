package hearth.performance.measures;

import hearth.performance.MeasureDefinition;
import hearth.performance.MeasurePoint;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the performance context works out a family of measures: each implementation is a bean that defines its
 * measures and computes, for each, one point per month asked for (in the same order), reading the other contexts
 * only through their published APIs and in bulk (never one query per child).
 *
 * <p>A computation that knows the children behind its numbers answers {@link #cases}; its points are then simply
 * those cases counted, and the measure can be split by team and drilled into.
 */
public interface MeasureComputation {

    List<MeasureDefinition> definitions(Locale locale);

    /** The children counted in one of this computation's measures, for each of the months given. */
    default List<MeasureCase> cases(String measureId, List<YearMonth> months) {
        throw new UnsupportedOperationException(measureId + " does not know its children");
    }

    /** Whether {@link #cases} answers for this measure (so it can be split by team and drilled into). */
    default boolean knowsChildren(String measureId) {
        return true;
    }

    /** The points for one of this computation's measures, one per month, in the order given. */
    default List<MeasurePoint> monthly(String measureId, List<YearMonth> months) {
        return count(months, cases(measureId, months));
    }

    /** Counts cases into one point per month, in the order of {@code months}. */
    static List<MeasurePoint> count(List<YearMonth> months, List<MeasureCase> cases) {
        List<MeasurePoint> points = new ArrayList<>();
        for (YearMonth month : months) {
            long all = 0;
            long counted = 0;
            for (MeasureCase c : cases) {
                if (c.month().equals(month)) {
                    all++;
                    if (c.counted()) {
                        counted++;
                    }
                }
            }
            points.add(new MeasurePoint(month, counted, all));
        }
        return points;
    }
}
