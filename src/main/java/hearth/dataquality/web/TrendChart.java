package hearth.dataquality.web;

import hearth.dataquality.DataQuality;
import java.util.List;

/** The points of a small SVG line chart (200 by 40) of a rule's daily counts; empty with fewer than two days. */
final class TrendChart {

    static final int WIDTH = 200;
    static final int HEIGHT = 40;

    private TrendChart() {
    }

    static String points(List<DataQuality.Point> points) {
        if (points.size() < 2) {
            return "";
        }
        int max = Math.max(1, points.stream().mapToInt(DataQuality.Point::findings).max().orElse(1));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            int x = i * WIDTH / (points.size() - 1);
            int y = HEIGHT - 2 - points.get(i).findings() * (HEIGHT - 4) / max;
            out.append(i == 0 ? "" : " ").append(x).append(',').append(y);
        }
        return out.toString();
    }
}
