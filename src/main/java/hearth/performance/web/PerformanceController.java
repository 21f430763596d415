package hearth.performance.web;

import hearth.performance.MeasureChild;
import hearth.performance.MeasureDefinition;
import hearth.performance.MeasureTrend;
import hearth.performance.Measures;
import hearth.performance.TeamTrend;
import hearth.platform.web.NotFoundException;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Performance pages for leaders and the corporate parenting board: every measure grouped, with its latest value,
 * direction of travel and a small chart; a measure's 12 months, by team, and the children behind each month.
 */
@Controller
class PerformanceController {

    static final int MONTHS = 12;

    private final Measures measures;
    private final DrillDown drillDown;

    PerformanceController(Measures measures, DrillDown drillDown) {
        this.measures = measures;
        this.drillDown = drillDown;
    }

    @Bean
    static NavigationLink performanceLink() {
        return new NavigationLink(11, "nav.performance", "/performance", Permission.VIEW_PERFORMANCE);
    }

    /** A measure on the overview: its trend and small chart. */
    record Summary(MeasureTrend trend, MeasureChart chart) {
    }

    @GetMapping("/performance")
    @RequiresPermission(Permission.VIEW_PERFORMANCE)
    String overview(Model model) {
        Map<String, List<Summary>> groups = new LinkedHashMap<>();
        int i = 0;
        for (MeasureDefinition m : measures.catalogue()) {
            MeasureTrend trend = measures.trend(m.id(), MONTHS).orElseThrow();
            groups.computeIfAbsent(m.group(), g -> new ArrayList<>())
                    .add(new Summary(trend, MeasureChart.of("chart-" + i++, trend.points(), 120, 32, false)));
        }
        model.addAttribute("groups", groups);
        model.addAttribute("monthNames", MonthNames.INSTANCE);
        model.addAttribute("month", MeasureChart.LONG.format(measures.currentMonth()));
        return "performance/overview";
    }

    @GetMapping("/performance/measures/{id}")
    @RequiresPermission(Permission.VIEW_PERFORMANCE)
    String measure(@PathVariable String id, Model model) {
        MeasureTrend trend = measures.trend(id, MONTHS).orElseThrow(() -> new NotFoundException("Measure"));
        List<TeamTrend> teams = measures.trendByTeam(id, MONTHS);
        model.addAttribute("trend", trend);
        model.addAttribute("monthNames", MonthNames.INSTANCE);
        model.addAttribute("chart", MeasureChart.of("chart", trend.points(), 600, 220, true));
        model.addAttribute("teams", teams);
        model.addAttribute("knowsChildren", measures.knowsChildren(id));
        model.addAttribute("months", trend.points().stream().map(p -> p.month()).toList());
        return "performance/measure";
    }

    @GetMapping("/performance/measures/{id}/children")
    @RequiresPermission(Permission.VIEW_PERFORMANCE)
    String children(@PathVariable String id, @RequestParam String month,
            @RequestParam(required = false) String team, Model model) {
        MeasureDefinition measure = measures.find(id).filter(m -> measures.knowsChildren(id))
                .orElseThrow(() -> new NotFoundException("Measure"));
        YearMonth when = month(month);
        UUID teamId = team(team);
        List<MeasureChild> found = measures.drillDown(id, when, teamId);
        model.addAttribute("measure", measure);
        model.addAttribute("month", when);
        model.addAttribute("monthName", MeasureChart.LONG.format(when));
        model.addAttribute("teamId", teamId);
        model.addAttribute("teamName", teamId == null ? null : found.stream().map(MeasureChild::teamName)
                .findFirst().orElse(null));
        model.addAttribute("rows", drillDown.rows(measure, when, teamId, found));
        model.addAttribute("counted", found.stream().filter(MeasureChild::counted).count());
        return "performance/children";
    }

    static YearMonth month(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new NotFoundException("Month");
        }
    }

    static UUID team(String team) {
        if (team == null || team.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(team);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Team");
        }
    }
}
