package hearth.chronology.events;

import static hearth.chronology.EntryCategory.ADOPTION;

import hearth.adoption.AdoptionDecisionMade;
import hearth.adoption.AdoptionMatchApproved;
import hearth.adoption.AdoptionOrderGranted;
import hearth.adoption.AdoptionPlacementOrderMade;
import hearth.adoption.AdoptionPlanStopped;
import hearth.adoption.ChildPlacedWithAdopters;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The steps of a child's adoption journey on the chronology; the child's adoption page holds the detail. */
@Component
class AdoptionEntries {

    private final EventEntries entries;

    AdoptionEntries(EventEntries entries) {
        this.entries = entries;
    }

    @EventListener
    void on(AdoptionDecisionMade e) {
        entries.record(adoption(e.childId(), e, e.journeyId(), "decided").on(e.decidedOn()).says(e.decisionMaker())
                .variant(e.fosteringForAdoption() ? "ffa" : null).significant(true));
    }

    @EventListener
    void on(AdoptionPlacementOrderMade e) {
        entries.record(adoption(e.childId(), e, e.journeyId(), "placementOrder").on(e.madeOn()).significant(true));
    }

    @EventListener
    void on(AdoptionMatchApproved e) {
        entries.record(adoption(e.childId(), e, e.journeyId(), "matched").on(e.matchedOn()).says(e.adopterName())
                .significant(true));
    }

    @EventListener
    void on(ChildPlacedWithAdopters e) {
        entries.record(adoption(e.childId(), e, e.journeyId(), "placed").on(e.placedOn()).says(e.adopterName())
                .significant(true));
    }

    @EventListener
    void on(AdoptionOrderGranted e) {
        entries.record(adoption(e.childId(), e, e.journeyId(), "order").on(e.madeOn()).significant(true));
    }

    @EventListener
    void on(AdoptionPlanStopped e) {
        entries.record(adoption(e.childId(), e, e.journeyId(), "stopped").on(e.decidedOn()).says(e.reason())
                .significant(true));
    }

    private static Happened adoption(UUID childId, Object event, UUID journeyId, String step) {
        UUID record = UUID.nameUUIDFromBytes((journeyId + ":" + step).getBytes(StandardCharsets.UTF_8));
        return Happened.to(childId, event, record, ADOPTION).link("/children/" + childId + "/adoption");
    }
}
