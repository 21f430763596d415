package hearth.inspection;

import hearth.inspection.domain.SelfEvaluationStore;
import hearth.performance.MeasureDefinition;
import hearth.performance.MeasurePoint;
import hearth.performance.MeasureTrend;
import hearth.performance.Measures;
import hearth.security.CurrentUser;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: the authority's self-evaluation. Hearth drafts it from the measures (each measure's latest month
 * and its direction of travel over the year, in the section for its judgement area), with the last inspection's
 * judgements and the improvement plan's progress; leaders edit it and every save is kept as a revision.
 */
@Service
public class SelfEvaluation {

    public static final int MAX_SECTION = 20_000;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final SelfEvaluationStore store;
    private final Measures measures;
    private final Inspections inspections;
    private final ImprovementPlan plan;
    private final MessageSource messages;
    private final Clock clock;

    SelfEvaluation(SelfEvaluationStore store, Measures measures, Inspections inspections, ImprovementPlan plan,
            MessageSource messages, Clock clock) {
        this.store = store;
        this.measures = measures;
        this.inspections = inspections;
        this.plan = plan;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<SelfEvaluationView> latest() {
        return store.latest();
    }

    @Transactional(readOnly = true)
    public List<SelfEvaluationView> revisions() {
        return store.revisions();
    }

    /** Saves the sections as the next revision; {@code startedFrom} is the revision the user edited (0 for none). */
    @Transactional
    public int save(int startedFrom, Map<SelfEvaluationSection, String> sections) {
        return store.save(startedFrom, sections, CurrentUser.username(), clock.instant());
    }

    /** A fresh draft written from the measures, the last inspection and the improvement plan; nothing is saved. */
    @Transactional(readOnly = true)
    public Map<SelfEvaluationSection, String> draft() {
        Map<SelfEvaluationSection, StringBuilder> text = new EnumMap<>(SelfEvaluationSection.class);
        for (SelfEvaluationSection s : SelfEvaluationSection.values()) {
            text.put(s, new StringBuilder());
        }
        inspections.latestJudged().ifPresent(i -> {
            line(text.get(SelfEvaluationSection.OVERALL), "inspection.sef.lastInspected", DAY.format(i.startDate()),
                    grade(i.overall()));
            i.judgements().forEach((area, grade) -> {
                SelfEvaluationSection s = sectionOf(area);
                if (s != SelfEvaluationSection.OVERALL) {
                    line(text.get(s), "inspection.sef.lastJudgement", grade(grade));
                }
            });
            Map<ImprovementStatus, Integer> counts = new EnumMap<>(ImprovementStatus.class);
            plan.planFor(i).forEach(p -> p.actions().forEach(a -> counts.merge(a.status(), 1, Integer::sum)));
            line(text.get(SelfEvaluationSection.LEADERS), "inspection.sef.plan", i.points().size(),
                    counts.values().stream().mapToInt(Integer::intValue).sum(),
                    counts.getOrDefault(ImprovementStatus.COMPLETE, 0), counts.getOrDefault(ImprovementStatus.ON_TRACK, 0),
                    counts.getOrDefault(ImprovementStatus.AT_RISK, 0) + counts.getOrDefault(ImprovementStatus.OFF_TRACK, 0));
        });
        for (MeasureDefinition m : measures.catalogue()) {
            MeasureTrend trend = measures.trend(m.id(), ImprovementPlan.TREND_MONTHS).orElse(null);
            MeasurePoint latest = trend == null ? null : trend.latest();
            if (latest == null) {
                continue;
            }
            String direction = trend.direction() == null ? text("inspection.direction.NONE")
                    : text("inspection.direction." + trend.direction().name());
            line(text.get(SelfEvaluationSection.forMeasure(m.id())), "inspection.sef.measure", m.name(),
                    String.valueOf(latest.percent()), MONTH.format(latest.month()), latest.numerator(),
                    latest.denominator(), direction);
        }
        Map<SelfEvaluationSection, String> draft = new EnumMap<>(SelfEvaluationSection.class);
        text.forEach((s, b) -> draft.put(s, b.toString().strip()));
        return draft;
    }

    private static SelfEvaluationSection sectionOf(JudgementArea area) {
        return switch (area) {
            case OVERALL_EFFECTIVENESS -> SelfEvaluationSection.OVERALL;
            case IMPACT_OF_LEADERS -> SelfEvaluationSection.LEADERS;
            case HELP_AND_PROTECTION -> SelfEvaluationSection.HELP_AND_PROTECTION;
            case CHILDREN_IN_CARE -> SelfEvaluationSection.CHILDREN_IN_CARE;
            case CARE_LEAVERS -> SelfEvaluationSection.CARE_LEAVERS;
        };
    }

    private String grade(InspectionGrade grade) {
        return grade == null ? text("inspection.grade.none") : text("inspection.grade." + grade.name());
    }

    private void line(StringBuilder into, String key, Object... args) {
        into.append("- ").append(text(key, args)).append('\n');
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
