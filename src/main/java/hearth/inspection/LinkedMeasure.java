package hearth.inspection;

import hearth.performance.MeasurePoint;
import hearth.performance.MeasureTrend;
import java.util.List;

/**
 * A measure linked to an action as the plan shows it: its trend over the last year, the latest month counted and the
 * direction of travel. A measure no longer in the catalogue is shown as {@code missing} by its id.
 */
public record LinkedMeasure(String measureId, String name, List<MeasurePoint> points, MeasurePoint latest,
        MeasureTrend.Direction direction, boolean missing) {

    public LinkedMeasure {
        points = List.copyOf(points);
    }
}
