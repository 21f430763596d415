package hearth.performance;

import java.util.List;
import java.util.UUID;

/**
 * A measure month by month for the children one team held when they were counted; {@code teamId} is null for
 * children no team held then.
 */
public record TeamTrend(UUID teamId, String teamName, List<MeasurePoint> points) {

    public TeamTrend {
        points = List.copyOf(points);
    }
}
