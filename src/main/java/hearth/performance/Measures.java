package hearth.performance;

import hearth.performance.measures.MeasureCase;
import hearth.performance.measures.MeasureComputation;
import hearth.performance.measures.TeamAttribution;
import hearth.workforce.AllocationView;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: every measure Hearth works out, and any one month by month. Names are in the current user's
 * language. Ids are stable, so other contexts (an improvement plan's actions, a self-evaluation) may keep them.
 */
@Service
public class Measures {

    private final List<MeasureComputation> computations;
    private final TeamAttribution teams;
    private final Clock clock;

    Measures(List<MeasureComputation> computations, TeamAttribution teams, Clock clock) {
        this.computations = computations;
        this.teams = teams;
        this.clock = clock;
    }

    /** The current calendar month (the last month of a trend). */
    public YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    /** Every measure, grouped as they are defined. */
    public List<MeasureDefinition> catalogue() {
        List<MeasureDefinition> all = new ArrayList<>();
        computations.forEach(c -> all.addAll(c.definitions(LocaleContextHolder.getLocale())));
        return all;
    }

    public Optional<MeasureDefinition> find(String measureId) {
        return catalogue().stream().filter(m -> m.id().equals(measureId)).findFirst();
    }

    /** The measure for the {@code months} calendar months up to and including the current one, oldest first. */
    @Transactional(readOnly = true)
    public Optional<MeasureTrend> trend(String measureId, int months) {
        return trend(measureId, YearMonth.now(clock), months);
    }

    /** The measure for the {@code months} calendar months ending with {@code lastMonth}, oldest first. */
    @Transactional(readOnly = true)
    public Optional<MeasureTrend> trend(String measureId, YearMonth lastMonth, int months) {
        List<YearMonth> range = range(lastMonth, months);
        return locate(measureId).map(found ->
                new MeasureTrend(found.definition(), found.computation().monthly(measureId, range)));
    }

    /** Whether the measure knows the children behind its numbers, so it can be split by team and drilled into. */
    public boolean knowsChildren(String measureId) {
        return locate(measureId).map(f -> f.computation().knowsChildren(measureId)).orElse(false);
    }

    /** The measure for the {@code months} months up to the current one, split by the team holding each child. */
    @Transactional(readOnly = true)
    public List<TeamTrend> trendByTeam(String measureId, int months) {
        return trendByTeam(measureId, YearMonth.now(clock), months);
    }

    /**
     * The measure split by the team holding each child on the day they were counted, teams by name (children no team
     * held last); empty when the measure is unknown or does not know its children.
     */
    @Transactional(readOnly = true)
    public List<TeamTrend> trendByTeam(String measureId, YearMonth lastMonth, int months) {
        List<YearMonth> range = range(lastMonth, months);
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, List<MeasureCase>> byTeam = new LinkedHashMap<>();
        for (MeasureChild child : children(measureId, range)) {
            names.putIfAbsent(child.teamId(), child.teamName());
            byTeam.computeIfAbsent(child.teamId(), t -> new ArrayList<>())
                    .add(new MeasureCase(YearMonth.from(child.on()), child.childId(), child.counted(), child.on()));
        }
        return byTeam.entrySet().stream()
                .map(e -> new TeamTrend(e.getKey(), names.get(e.getKey()), MeasureComputation.count(range, e.getValue())))
                .sorted(Comparator.comparing((TeamTrend t) -> t.teamId() == null)
                        .thenComparing(t -> t.teamName() == null ? "" : t.teamName()))
                .toList();
    }

    /**
     * The children behind the measure's number for a month, with the team holding each; only those of {@code teamId}
     * when it is given. Empty when the measure is unknown or does not know its children.
     */
    @Transactional(readOnly = true)
    public List<MeasureChild> drillDown(String measureId, YearMonth month, UUID teamId) {
        return children(measureId, List.of(month)).stream()
                .filter(c -> teamId == null || teamId.equals(c.teamId()))
                .sorted(Comparator.comparing(MeasureChild::counted).thenComparing(MeasureChild::on))
                .toList();
    }

    private List<MeasureChild> children(String measureId, List<YearMonth> range) {
        Optional<Located> found = locate(measureId);
        if (found.isEmpty() || !found.get().computation().knowsChildren(measureId)) {
            return List.of();
        }
        List<MeasureCase> cases = found.get().computation().cases(measureId, range);
        TeamAttribution.Histories histories = teams.of(cases.stream().map(MeasureCase::childId).distinct().toList());
        return cases.stream().filter(c -> range.contains(c.month())).map(c -> {
            AllocationView held = histories.teamOn(c.childId(), c.on());
            return new MeasureChild(c.childId(), c.counted(), c.on(), held == null ? null : held.teamId(),
                    held == null ? null : held.teamName());
        }).toList();
    }

    private Optional<Located> locate(String measureId) {
        for (MeasureComputation computation : computations) {
            for (MeasureDefinition definition : computation.definitions(LocaleContextHolder.getLocale())) {
                if (definition.id().equals(measureId)) {
                    return Optional.of(new Located(definition, computation));
                }
            }
        }
        return Optional.empty();
    }

    private static List<YearMonth> range(YearMonth lastMonth, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("At least one month");
        }
        List<YearMonth> range = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            range.add(lastMonth.minusMonths(i));
        }
        return range;
    }

    private record Located(MeasureDefinition definition, MeasureComputation computation) {
    }
}
