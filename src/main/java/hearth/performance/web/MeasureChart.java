package hearth.performance.web;

import hearth.performance.MeasurePoint;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bar chart of a measure month by month, laid out for an SVG drawn on the server: one bar per month, its height
 * the percentage (no bar where nothing was counted). The same numbers are also given as a table on the page.
 */
record MeasureChart(String id, int width, int height, int baseline, List<Bar> bars) {

    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM", Locale.UK);
    static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** One month's bar: where it is drawn, its label and its value for the table and tooltip. */
    record Bar(YearMonth month, int x, int y, int width, int height, String label, MeasurePoint point) {

        public boolean counted() {
            return point.percent() != null;
        }

        public String monthName() {
            return LONG.format(month);
        }

        public String param() {
            return month.toString();
        }
    }

    /** Lays out the points in a chart {@code width} by {@code height} pixels, with room for month labels. */
    static MeasureChart of(String id, List<MeasurePoint> points, int width, int height, boolean labels) {
        int labelRoom = labels ? 18 : 0;
        int plot = height - labelRoom - 2;
        int slot = Math.max(1, width / Math.max(1, points.size()));
        int barWidth = Math.max(2, slot - Math.max(2, slot / 4));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            MeasurePoint p = points.get(i);
            Double percent = p.percent();
            int h = percent == null ? 0 : Math.max(1, (int) Math.round(percent / 100.0 * plot));
            bars.add(new Bar(p.month(), i * slot + (slot - barWidth) / 2, 2 + plot - h, barWidth, h,
                    labels ? SHORT.format(p.month()) : "", p));
        }
        return new MeasureChart(id, width, height, 2 + plot, bars);
    }

    /** The chart's values in words, for the SVG description. */
    public String describe(String noData) {
        StringBuilder text = new StringBuilder();
        for (Bar bar : bars) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(bar.monthName()).append(": ")
                    .append(bar.counted() ? bar.point().percent() + "%" : noData);
        }
        return text.toString();
    }
}
