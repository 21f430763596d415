package hearth.performance.measures;

import hearth.performance.MeasureDefinition;
import hearth.performance.MeasurePoint;
import hearth.performance.Polarity;
import hearth.timescales.DecidedObligation;
import hearth.timescales.DuePeriod;
import hearth.timescales.Obligations;
import hearth.timescales.RuleCatalogue;
import hearth.timescales.RuleTimeliness;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * One measure per timescale rule: of the obligations that fell due in a month and are decided (met, or overdue),
 * the share met on time. Visits, reviews, assessments and conferences on time all come from here. The monthly
 * numbers come from one grouped query; the children behind them (for teams and drill-down) from one more.
 */
@Component
@org.springframework.core.annotation.Order(100)
class TimelinessMeasures implements MeasureComputation {

    static final String PREFIX = "timeliness:";

    private final RuleCatalogue rules;
    private final Obligations obligations;
    private final MessageSource messages;

    TimelinessMeasures(RuleCatalogue rules, Obligations obligations, MessageSource messages) {
        this.rules = rules;
        this.obligations = obligations;
        this.messages = messages;
    }

    @Override
    public List<MeasureDefinition> definitions(Locale locale) {
        String group = messages.getMessage("performance.group.timeliness", null, locale);
        return rules.all().stream()
                .map(rule -> new MeasureDefinition(PREFIX + rule.id(),
                        messages.getMessage("performance.measure.timeliness",
                                new Object[] {messages.getMessage(rule.nameKey(), null, rule.id(), locale)}, locale),
                        Polarity.HIGHER_IS_BETTER, group))
                .toList();
    }

    /** The children (subjects) behind the numbers: each decided obligation in the month it fell due. */
    @Override
    public List<MeasureCase> cases(String measureId, List<YearMonth> months) {
        String ruleId = measureId.substring(PREFIX.length());
        LocalDate from = months.get(0).atDay(1);
        LocalDate to = months.get(months.size() - 1).plusMonths(1).atDay(1);
        List<MeasureCase> cases = new ArrayList<>();
        for (DecidedObligation o : obligations.decidedDue(ruleId, from, to)) {
            YearMonth month = YearMonth.from(o.dueDate());
            if (months.contains(month)) {
                cases.add(new MeasureCase(month, o.subjectId(), o.metOnTime(), o.dueDate()));
            }
        }
        return cases;
    }

    @Override
    public List<MeasurePoint> monthly(String measureId, List<YearMonth> months) {
        String ruleId = measureId.substring(PREFIX.length());
        List<DuePeriod> periods = months.stream()
                .map(m -> new DuePeriod(m.atDay(1), m.plusMonths(1).atDay(1))).toList();
        Map<DuePeriod, List<RuleTimeliness>> byPeriod = obligations.timelinessByRule(periods);
        List<MeasurePoint> points = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            RuleTimeliness found = byPeriod.get(periods.get(i)).stream()
                    .filter(t -> t.ruleId().equals(ruleId)).findFirst().orElse(null);
            points.add(found == null ? new MeasurePoint(months.get(i), 0, 0)
                    : new MeasurePoint(months.get(i), found.metOnTime(), found.decided()));
        }
        return points;
    }
}
