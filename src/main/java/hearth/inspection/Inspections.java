package hearth.inspection;

import hearth.inspection.domain.InspectionStore;
import hearth.security.CurrentUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: the authority's inspections and visits, kept as a history with their judgements and "what needs to
 * improve" points. Recording one is for those who manage the improvement plan; a mistake is voided with a reason.
 */
@Service
public class Inspections {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_SUMMARY = 10_000;

    private final InspectionStore store;
    private final Clock clock;

    Inspections(InspectionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public UUID record(NewInspection inspection) {
        if (inspection.kind() == null || inspection.startDate() == null) {
            throw new IllegalArgumentException("An inspection needs its kind and start date");
        }
        if (inspection.endDate() != null && inspection.endDate().isBefore(inspection.startDate())) {
            throw new IllegalArgumentException("An inspection cannot end before it starts");
        }
        return store.insert(inspection, CurrentUser.username(), clock.instant());
    }

    /** Adds a "what needs to improve" point at the end of the inspection's list. */
    @Transactional
    public UUID addPoint(UUID inspectionId, String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("A point needs its words");
        }
        find(inspectionId).orElseThrow(() -> new IllegalArgumentException("No such inspection"));
        return store.addPoint(inspectionId, body.strip(), CurrentUser.username(), clock.instant());
    }

    @Transactional
    public void voidInspection(UUID inspectionId, long seenVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Voiding needs a reason");
        }
        store.voidInspection(inspectionId, seenVersion, reason.strip(), CurrentUser.username(), clock.instant());
    }

    @Transactional(readOnly = true)
    public Optional<InspectionView> find(UUID inspectionId) {
        return store.find(inspectionId);
    }

    @Transactional(readOnly = true)
    public Optional<ImprovementPoint> point(UUID pointId) {
        return store.point(pointId);
    }

    /** The history, newest first: the timeline of the authority's improvement journey. */
    @Transactional(readOnly = true)
    public List<InspectionView> timeline() {
        List<InspectionView> all = new ArrayList<>(store.all());
        Collections.reverse(all);
        return all;
    }

    /** The most recent inspection that made judgements, if any. */
    @Transactional(readOnly = true)
    public Optional<InspectionView> latestJudged() {
        return timeline().stream().filter(i -> !i.judgements().isEmpty()).findFirst();
    }
}
