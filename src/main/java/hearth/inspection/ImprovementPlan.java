package hearth.inspection;

import hearth.inspection.domain.ActionStore;
import hearth.performance.MeasureTrend;
import hearth.performance.Measures;
import hearth.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: the improvement plan. Each "what needs to improve" point has actions with an owner, a due date, a
 * status and evidence, and links to the measures (by their stable ids in {@link Measures}) whose trend shows whether
 * the action is working. Every change is kept.
 */
@Service
public class ImprovementPlan {

    /** How many months of a linked measure's trend the plan shows. */
    public static final int TREND_MONTHS = 12;
    public static final int MAX_EVIDENCE = 10_000;

    private final ActionStore actions;
    private final Inspections inspections;
    private final Measures measures;
    private final Clock clock;

    ImprovementPlan(ActionStore actions, Inspections inspections, Measures measures, Clock clock) {
        this.actions = actions;
        this.inspections = inspections;
        this.measures = measures;
        this.clock = clock;
    }

    /** A point with its actions, as the plan lists it. */
    public record PlanPoint(ImprovementPoint point, List<ImprovementActionView> actions) {
    }

    @Transactional
    public UUID addAction(UUID pointId, ActionDetails details) {
        inspections.point(pointId).orElseThrow(() -> new IllegalArgumentException("No such point"));
        check(details);
        return actions.insert(pointId, details, CurrentUser.username(), clock.instant());
    }

    @Transactional
    public void update(UUID actionId, long seenVersion, ActionDetails details) {
        check(details);
        actions.update(actionId, seenVersion, details, CurrentUser.username(), clock.instant());
    }

    /** Links a measure from the catalogue; answers false when it was linked already. */
    @Transactional
    public boolean linkMeasure(UUID actionId, String measureId) {
        if (measureId == null || measures.find(measureId).isEmpty()) {
            throw new IllegalArgumentException("No such measure");
        }
        return actions.link(actionId, measureId, CurrentUser.username(), clock.instant());
    }

    @Transactional
    public void unlinkMeasure(UUID actionId, String measureId) {
        actions.unlink(actionId, measureId, CurrentUser.username(), clock.instant());
    }

    @Transactional(readOnly = true)
    public Optional<ImprovementActionView> find(UUID actionId) {
        return actions.find(actionId);
    }

    @Transactional(readOnly = true)
    public List<ActionRevision> revisions(UUID actionId) {
        return actions.revisions(actionId);
    }

    /** The inspection's points in order, each with its actions (soonest due first). */
    @Transactional(readOnly = true)
    public List<PlanPoint> planFor(InspectionView inspection) {
        return inspection.points().stream().map(p -> new PlanPoint(p, actions.forPoint(p.id()))).toList();
    }

    /** A linked measure's last {@link #TREND_MONTHS} months up to this one. */
    @Transactional(readOnly = true)
    public LinkedMeasure measure(String measureId) {
        Optional<MeasureTrend> trend = measures.trend(measureId, TREND_MONTHS);
        if (trend.isEmpty()) {
            return new LinkedMeasure(measureId, measureId, List.of(), null, null, true);
        }
        MeasureTrend t = trend.get();
        return new LinkedMeasure(measureId, t.measure().name(), t.points(), t.latest(), t.direction(), false);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void check(ActionDetails details) {
        if (details.title() == null || details.title().isBlank() || details.owner() == null
                || details.owner().isBlank() || details.dueDate() == null || details.status() == null) {
            throw new IllegalArgumentException("An action needs what will be done, an owner, a due date and a status");
        }
    }
}
