package hearth.inspection.web;

import hearth.inspection.ImprovementStatus;
import hearth.inspection.InspectionGrade;
import hearth.performance.MeasurePoint;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the inspection pages need to show things: dates, the colour of a status or grade tag, whether the user keeps
 * the plan, and the points of a small trend chart. Offered to every page here as {@code fmt}.
 */
@ControllerAdvice(basePackageClasses = InspectionFormat.class)
class InspectionFormat {

    static final int CHART_WIDTH = 240;
    static final int CHART_HEIGHT = 60;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    @ModelAttribute("fmt")
    InspectionFormat fmt() {
        return this;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String at(Instant instant) {
        return instant == null ? "" : AT.format(instant.atZone(hearth.timescales.Due.LONDON));
    }

    public String month(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    public boolean canManage() {
        return CurrentUser.get().filter(u -> u.has(Permission.MANAGE_IMPROVEMENT_PLAN)).isPresent();
    }

    public String statusColour(ImprovementStatus status) {
        return switch (status) {
            case NOT_STARTED -> "govuk-tag--grey";
            case ON_TRACK -> "govuk-tag--green";
            case AT_RISK -> "govuk-tag--yellow";
            case OFF_TRACK -> "govuk-tag--red";
            case COMPLETE -> "govuk-tag--blue";
        };
    }

    public String gradeColour(InspectionGrade grade) {
        return switch (grade) {
            case OUTSTANDING -> "govuk-tag--purple";
            case GOOD -> "govuk-tag--green";
            case REQUIRES_IMPROVEMENT -> "govuk-tag--yellow";
            case INADEQUATE -> "govuk-tag--red";
        };
    }

    /**
     * The SVG polyline points of a trend: months spread evenly across the chart, 0% at the bottom and 100% at the top;
     * months with nothing counted are left out.
     */
    public String chartPoints(List<MeasurePoint> points) {
        List<String> xy = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Double percent = points.get(i).percent();
            if (percent != null) {
                double x = points.size() == 1 ? CHART_WIDTH / 2.0 : 4 + i * (CHART_WIDTH - 8.0) / (points.size() - 1);
                double y = CHART_HEIGHT - 4 - percent * (CHART_HEIGHT - 8) / 100.0;
                xy.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
            }
        }
        return String.join(" ", xy);
    }
}
