package hearth.chronology.events;

import static hearth.chronology.EntryCategory.LOOKED_AFTER;

import hearth.childrenincare.ChildBecameLookedAfter;
import hearth.childrenincare.ChildCeasedToBeLookedAfter;
import hearth.childrenincare.PlacementStarted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Children in care on the chronology: becoming looked after, each placement, and ceasing to be looked after. (A
 * stand-in written with health and education, which listens for these events; the children in care context's own
 * version replaces it.)
 */
@Component
class ChildrenInCareEntries {

    private final EventEntries entries;

    ChildrenInCareEntries(EventEntries entries) {
        this.entries = entries;
    }

    @EventListener
    void on(ChildBecameLookedAfter e) {
        entries.record(Happened.to(e.childId(), e, e.periodId(), LOOKED_AFTER).on(e.startDate())
                .says(e.legalStatus(), e.categoryOfNeed()).significant(true));
    }

    @EventListener
    void on(PlacementStarted e) {
        entries.record(Happened.to(e.childId(), e, e.placementId(), LOOKED_AFTER).on(e.startDate())
                .says(e.placementType(), e.carerName() == null ? "" : e.carerName()).significant(true));
    }

    @EventListener
    void on(ChildCeasedToBeLookedAfter e) {
        entries.record(Happened.to(e.childId(), e, e.periodId(), LOOKED_AFTER).on(e.endDate())
                .says(e.reasonCeased()).significant(true));
    }
}
