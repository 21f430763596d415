package hearth.chronology.events;

import static hearth.chronology.EntryCategory.LOOKED_AFTER;

import hearth.childrenincare.ChildBecameLookedAfter;
import hearth.childrenincare.ChildCeasedToBeLookedAfter;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Becoming and ceasing to be looked after on the chronology (missing children listens for both to tell episodes
 * from care). Entries are made once per period of care, so a fuller children in care entry for the same event is
 * not duplicated.
 */
@Component
class LookedAfterStatusEntries {

    private final EventEntries entries;

    LookedAfterStatusEntries(EventEntries entries) {
        this.entries = entries;
    }

    @EventListener
    void on(ChildBecameLookedAfter e) {
        entries.record(Happened.to(e.childId(), e, e.periodId(), LOOKED_AFTER).on(e.startDate()).says(e.legalStatus())
                .significant(true));
    }

    @EventListener
    void on(ChildCeasedToBeLookedAfter e) {
        entries.record(Happened.to(e.childId(), e, e.periodId(), LOOKED_AFTER).on(e.endDate()).says(e.reasonCeased())
                .significant(true));
    }
}
