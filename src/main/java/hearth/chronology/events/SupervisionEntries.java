package hearth.chronology.events;

import static hearth.chronology.EntryCategory.SUPERVISION;

import hearth.supervision.CaseSupervised;
import hearth.supervision.ManagementOversightRecorded;
import hearth.workforce.WorkerView;
import hearth.workforce.Workforce;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Case supervision and management oversight on the child's chronology, so the child's story shows who steered it. */
@Component
class SupervisionEntries {

    private final EventEntries entries;
    private final Workforce workforce;

    SupervisionEntries(EventEntries entries, Workforce workforce) {
        this.entries = entries;
        this.workforce = workforce;
    }

    @EventListener
    void on(CaseSupervised e) {
        entries.record(Happened.to(e.childId(), e, e.supervisionId(), SUPERVISION).on(e.heldOn())
                .says(name(e.supervisor()), name(e.worker()), e.actions())
                .link("/children/" + e.childId() + "/supervision"));
    }

    @EventListener
    void on(ManagementOversightRecorded e) {
        entries.record(Happened.to(e.childId(), e, e.oversightId(), SUPERVISION).on(e.recordedOn())
                .says(name(e.manager()), Dates.text(e.nextReviewOn()))
                .link("/children/" + e.childId() + "/supervision"));
    }

    private String name(String username) {
        return workforce.worker(username).map(WorkerView::displayName).orElse(username);
    }
}
