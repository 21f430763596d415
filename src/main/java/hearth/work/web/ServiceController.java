package hearth.work.web;

import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.timescales.DuePeriod;
import hearth.timescales.Obligations;
import hearth.timescales.RuleTimeliness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Timeliness per measure (timescale rule): the share of work due in the last 3, 6 and 12 months that
 * was met on time, and whether that is up, down or level against the period of the same length
 * before it.
 */
@Controller
class ServiceController {

    static final List<Integer> PERIODS = List.of(3, 6, 12);

    enum Trend { UP, DOWN, LEVEL, NONE }

    /** One measure over one period. */
    record Period(int months, RuleTimeliness now, RuleTimeliness before, Trend trend) {

        public Integer percent() {
            return now == null ? null : now.percentOnTime();
        }

        public Integer previousPercent() {
            return before == null ? null : before.percentOnTime();
        }
    }

    record Measure(String ruleId, List<Period> periods) {

        public String nameKey() {
            return "timescale." + ruleId + ".name";
        }
    }

    private final Obligations obligations;
    private final WorkItems items;

    ServiceController(Obligations obligations, WorkItems items) {
        this.obligations = obligations;
        this.items = items;
    }

    @Bean
    static NavigationLink serviceLink() {
        return new NavigationLink(7, "nav.service", "/service", Permission.VIEW_SERVICE_WORK);
    }

    @GetMapping("/service")
    @RequiresPermission(Permission.VIEW_SERVICE_WORK)
    String service(Model model) {
        LocalDate today = items.today();
        Map<Integer, DuePeriod> currentPeriods = new TreeMap<>();
        Map<Integer, DuePeriod> previousPeriods = new TreeMap<>();
        for (int months : PERIODS) {
            currentPeriods.put(months, new DuePeriod(today.minusMonths(months), today));
            previousPeriods.put(months, new DuePeriod(today.minusMonths(2L * months), today.minusMonths(months)));
        }
        List<DuePeriod> all = new ArrayList<>(currentPeriods.values());
        all.addAll(previousPeriods.values());
        Map<DuePeriod, List<RuleTimeliness>> timeliness = obligations.timelinessByRule(all);
        Map<Integer, Map<String, RuleTimeliness>> now = new TreeMap<>();
        Map<Integer, Map<String, RuleTimeliness>> before = new TreeMap<>();
        TreeSet<String> rules = new TreeSet<>();
        for (int months : PERIODS) {
            now.put(months, byRule(timeliness.get(currentPeriods.get(months))));
            before.put(months, byRule(timeliness.get(previousPeriods.get(months))));
            rules.addAll(now.get(months).keySet());
        }
        List<Measure> measures = rules.stream().map(rule -> new Measure(rule, PERIODS.stream().map(m -> {
            RuleTimeliness current = now.get(m).get(rule);
            RuleTimeliness previous = before.get(m).get(rule);
            return new Period(m, current, previous, trend(current, previous));
        }).toList())).toList();
        model.addAttribute("measures", measures);
        model.addAttribute("periods", PERIODS);
        model.addAttribute("today", today);
        return "work/service";
    }

    static Trend trend(RuleTimeliness current, RuleTimeliness previous) {
        Integer a = current == null ? null : current.percentOnTime();
        Integer b = previous == null ? null : previous.percentOnTime();
        if (a == null || b == null) {
            return Trend.NONE;
        }
        return a > b ? Trend.UP : a < b ? Trend.DOWN : Trend.LEVEL;
    }

    private static Map<String, RuleTimeliness> byRule(List<RuleTimeliness> rows) {
        return rows.stream().collect(Collectors.toMap(RuleTimeliness::ruleId, Function.identity()));
    }
}
