package hearth.chronology.events;

import static hearth.chronology.EntryCategory.CARERS;

import hearth.fostering.ConnectedPersonApprovalEnded;
import hearth.fostering.ConnectedPersonApprovalExtended;
import hearth.fostering.ConnectedPersonApproved;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A connected person's temporary approval, its extension and how it ended, on the child's chronology. */
@Component
class FosteringEntries {

    private final EventEntries entries;

    FosteringEntries(EventEntries entries) {
        this.entries = entries;
    }

    @EventListener
    void on(ConnectedPersonApproved e) {
        entries.record(carers(e.childId(), e, e.approvalId()).on(e.approvedOn())
                .says(e.carerName(), e.relationship(), Dates.text(e.expiresOn())).significant(true));
    }

    @EventListener
    void on(ConnectedPersonApprovalExtended e) {
        entries.record(carers(e.childId(), e, step(e.approvalId(), "extended")).on(e.extendedOn())
                .says(e.weeks(), Dates.text(e.expiresOn()), e.nominatedOfficer()));
    }

    @EventListener
    void on(ConnectedPersonApprovalEnded e) {
        entries.record(carers(e.childId(), e, step(e.approvalId(), "ended")).on(e.endedOn())
                .says(e.carerName(), e.outcome()).significant(true));
    }

    private static UUID step(UUID id, String step) {
        return UUID.nameUUIDFromBytes((id + ":" + step).getBytes(StandardCharsets.UTF_8));
    }

    private static Happened carers(UUID childId, Object event, UUID recordId) {
        return Happened.to(childId, event, recordId, CARERS).link("/children/" + childId + "/kinship");
    }
}
