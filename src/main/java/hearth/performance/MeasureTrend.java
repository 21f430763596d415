package hearth.performance;

import java.util.List;
import java.util.Objects;

/** A measure month by month, oldest first. */
public record MeasureTrend(MeasureDefinition measure, List<MeasurePoint> points) {

    public MeasureTrend {
        points = List.copyOf(points);
    }

    /** The latest month with something counted, if any. */
    public MeasurePoint latest() {
        for (int i = points.size() - 1; i >= 0; i--) {
            if (points.get(i).percent() != null) {
                return points.get(i);
            }
        }
        return null;
    }

    /**
     * Whether the latest month is better, worse or the same as the earliest month with something counted, taking the
     * measure's polarity into account; null when fewer than two months counted anything.
     */
    public Direction direction() {
        List<Double> counted = points.stream().map(MeasurePoint::percent).filter(Objects::nonNull).toList();
        if (counted.size() < 2) {
            return null;
        }
        double change = counted.get(counted.size() - 1) - counted.get(0);
        if (Math.abs(change) < 0.05) {
            return Direction.SAME;
        }
        boolean up = change > 0;
        return up == (measure.polarity() == Polarity.HIGHER_IS_BETTER) ? Direction.BETTER : Direction.WORSE;
    }

    public enum Direction { BETTER, WORSE, SAME }
}
