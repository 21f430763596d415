package hearth.chronology.events;

import static hearth.chronology.EntryCategory.ALLOCATION;
import static hearth.chronology.EntryCategory.BIRTH_AND_FAMILY;

import hearth.people.ChildBorn;
import hearth.workforce.ChildAllocated;
import hearth.workforce.TeamView;
import hearth.workforce.WorkerView;
import hearth.workforce.Workforce;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The child's birth (for an unborn child on a plan) and each change of allocated team and worker. */
@Component
class PeopleAndWorkforceEntries {

    private final EventEntries entries;
    private final Workforce workforce;

    PeopleAndWorkforceEntries(EventEntries entries, Workforce workforce) {
        this.entries = entries;
        this.workforce = workforce;
    }

    @EventListener
    void on(ChildBorn e) {
        entries.record(Happened.to(e.childId(), e, e.childId(), BIRTH_AND_FAMILY).on(e.bornOn())
                .link("/people/" + e.childId()).significant(true));
    }

    @EventListener
    void on(ChildAllocated e) {
        String team = workforce.team(e.teamId()).map(TeamView::name).orElse("");
        String worker = e.workerUsername() == null ? null
                : workforce.worker(e.workerUsername()).map(WorkerView::displayName).orElse(e.workerUsername());
        UUID ref = UUID.nameUUIDFromBytes((e.teamId() + ":" + e.workerUsername() + ":" + e.from())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        entries.record(Happened.to(e.childId(), e, ref, ALLOCATION).on(e.from())
                .variant(worker == null ? "duty" : null).says(team, worker == null ? "" : worker)
                .link("/children/" + e.childId() + "/allocation"));
    }
}
