package hearth.dataquality;

import hearth.returns.LiveFinding;
import hearth.returns.LiveValidation;
import hearth.returns.ReturnRuns;
import hearth.workforce.AllocationView;
import hearth.workforce.Workforce;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs the returns module's live validation and places each finding with the child's current team and the part of
 * the record where it is put right; stores the counts by rule and team (nightly and on demand) and reads them back
 * as a trend. The page reads the last check while it is younger than {@code hearth.data-quality.recheck-after}
 * (15 minutes unless configured): the live check reads every open case, so it is not run on every visit.
 */
@Service
public class DataQuality {

    /** How far back the trend goes. */
    public static final int TREND_DAYS = 30;

    private final LiveValidation live;
    private final Workforce workforce;
    private final QualitySnapshots snapshots;
    private final Clock clock;
    private final Duration recheckAfter;
    private final AtomicReference<Checked> last = new AtomicReference<>();

    DataQuality(LiveValidation live, Workforce workforce, QualitySnapshots snapshots, Clock clock,
            @Value("${hearth.data-quality.recheck-after:15m}") Duration recheckAfter) {
        this.live = live;
        this.workforce = workforce;
        this.snapshots = snapshots;
        this.clock = clock;
        this.recheckAfter = recheckAfter;
    }

    /** The findings of one check of the live data, and when it ran. */
    public record Checked(List<QualityFinding> findings, Instant at) {

        Checked forTeams(Collection<UUID> teams) {
            return teams == null ? this : new Checked(findings.stream()
                    .filter(f -> f.teamId() != null && teams.contains(f.teamId())).toList(), at);
        }
    }

    /**
     * The last check's findings for the teams given (null: the whole authority), checking again first when there is
     * none yet or it is older than the configured interval (or, after the clock was put back, dated in the future).
     */
    public Checked latest(Collection<UUID> teams, String by) {
        Instant now = clock.instant();
        Checked checked = last.get();
        if (checked == null || checked.at().isAfter(now) || !checked.at().plus(recheckAfter).isAfter(now)) {
            checked = remember(place(live.validateLive(ReturnRuns.Via.DATA_QUALITY, by)));
        }
        return checked.forTeams(teams);
    }

    private Checked remember(List<QualityFinding> all) {
        Checked checked = new Checked(all, clock.instant());
        last.set(checked);
        return checked;
    }

    /** A rule's count on one day. */
    public record Point(LocalDate on, int findings) {
    }

    /** Every finding the live data has now, for the teams given (null: the whole authority, with return-wide ones). */
    public List<QualityFinding> findings(Collection<UUID> teams, ReturnRuns.Via via, String by) {
        List<QualityFinding> all = place(live.validateLive(via, by));
        return teams == null ? all : all.stream().filter(f -> f.teamId() != null && teams.contains(f.teamId()))
                .toList();
    }

    /** Checks now and stores the counts by rule and team for today; the page shows this check; returns every finding. */
    public List<QualityFinding> checkAndStore(ReturnRuns.Via via, String by) {
        List<QualityFinding> all = remember(place(live.validateLive(via, by))).findings();
        Map<List<Object>, List<QualityFinding>> groups = all.stream().collect(Collectors.groupingBy(
                f -> java.util.Arrays.asList(f.rule(), f.teamId()), java.util.LinkedHashMap::new,
                Collectors.toList()));
        List<QualitySnapshots.Count> counts = groups.values().stream().map(g -> new QualitySnapshots.Count(
                LocalDate.now(clock), g.get(0).rule(), g.get(0).teamId(), g.get(0).teamName(), g.size())).toList();
        snapshots.store(LocalDate.now(clock), by, counts);
        return all;
    }

    /**
     * Each rule's count on each day with a stored check in the last {@link #TREND_DAYS} days, rule by rule; a day a
     * rule had no findings counts 0.
     */
    public Map<String, List<Point>> trend(Collection<UUID> teams) {
        List<QualitySnapshots.Count> counts = snapshots.since(LocalDate.now(clock).minusDays(TREND_DAYS), teams);
        List<LocalDate> days = snapshots.since(LocalDate.now(clock).minusDays(TREND_DAYS), null).stream()
                .map(QualitySnapshots.Count::takenOn).distinct().sorted().toList();
        Map<String, Map<LocalDate, Integer>> byRule = new TreeMap<>();
        for (QualitySnapshots.Count c : counts) {
            byRule.computeIfAbsent(c.rule(), r -> new HashMap<>()).merge(c.takenOn(), c.findings(), Integer::sum);
        }
        Map<String, List<Point>> trend = new TreeMap<>();
        byRule.forEach((rule, perDay) -> trend.put(rule, days.stream()
                .map(d -> new Point(d, perDay.getOrDefault(d, 0))).toList()));
        return trend;
    }

    private List<QualityFinding> place(List<LiveFinding> found) {
        Set<UUID> children = found.stream().map(LiveFinding::childId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, AllocationView> current = new HashMap<>();
        // oldest first: the last allocation of each child is the current one
        workforce.allocationHistories(children).forEach(a -> current.put(a.childId(), a));
        return found.stream().map(f -> {
            AllocationView team = f.childId() == null ? null : current.get(f.childId());
            return new QualityFinding(f.returnName(), f.childId(), f.laChildId(), f.rule(), f.error(), f.message(),
                    f.fields(), team == null ? null : team.teamId(), team == null ? null : team.teamName(),
                    FixArea.of(f.childId() != null, f.fields()));
        }).toList();
    }
}
