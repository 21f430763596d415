package hearth.chronology.events;

import static hearth.chronology.EntryCategory.LOOKED_AFTER;

import hearth.childrenincare.ChildBecameLookedAfter;
import hearth.childrenincare.ChildCeasedToBeLookedAfter;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Periods of care on the chronology: care leavers listen for these children in care events, so they must be entered.
 * Entered once per period (the chronology skips an event it already holds), so a fuller children in care mapping can
 * live beside this one.
 */
@Component
class CarePeriodEntries {

    private final EventEntries entries;

    CarePeriodEntries(EventEntries entries) {
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
