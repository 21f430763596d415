package hearth.chronology.events;

import static hearth.chronology.EntryCategory.CARE_LEAVER;

import hearth.careleavers.BirthdayOutcomeRecorded;
import hearth.careleavers.EntitlementDecided;
import hearth.careleavers.LeaverCircumstancesChanged;
import hearth.careleavers.LeaverContactRecorded;
import hearth.careleavers.PathwayWorkRecorded;
import hearth.careleavers.PersonalAdviserAllocated;
import hearth.careleavers.SupportTo25Requested;
import hearth.shared.Ids;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Care leavers on the chronology: adviser, pathway work, contacts and missed contacts, birthdays, the local offer. */
@Component
class CareLeaverEntries {

    private final EventEntries entries;

    CareLeaverEntries(EventEntries entries) {
        this.entries = entries;
    }

    @EventListener
    void on(PersonalAdviserAllocated e) {
        entries.record(Happened.to(e.childId(), e, e.allocationId(), CARE_LEAVER).on(e.from()).says(e.adviser())
                .link(link(e.childId())).significant(true));
    }

    @EventListener
    void on(PathwayWorkRecorded e) {
        entries.record(Happened.to(e.childId(), e, e.recordId(), CARE_LEAVER).on(e.date()).says(e.step())
                .link(link(e.childId())).significant(true));
    }

    @EventListener
    void on(LeaverContactRecorded e) {
        entries.record(Happened.to(e.childId(), e, e.contactId(), CARE_LEAVER).on(e.date())
                .variant(e.reached() ? null : "notReached").says(e.method()).link(link(e.childId()))
                .significant(!e.reached()));
    }

    @EventListener
    void on(BirthdayOutcomeRecorded e) {
        entries.record(Happened.to(e.childId(), e, e.recordId(), CARE_LEAVER).on(e.birthday())
                .says(e.birthdayAge(), e.inTouch().name(), e.activity() == null ? "-" : e.activity().name(),
                        e.accommodation() == null ? "-" : e.accommodation())
                .link(link(e.childId())));
    }

    @EventListener
    void on(LeaverCircumstancesChanged e) {
        entries.record(Happened.to(e.childId(), e, Ids.next(), CARE_LEAVER).on(e.date())
                .says(e.stayingPut(), e.inCustody(), e.asylumSeeking(), e.parent()).link(link(e.childId())));
    }

    @EventListener
    void on(SupportTo25Requested e) {
        entries.record(Happened.to(e.childId(), e, e.childId(), CARE_LEAVER).on(e.date()).link(link(e.childId()))
                .significant(true));
    }

    @EventListener
    void on(EntitlementDecided e) {
        entries.record(Happened.to(e.childId(), e, e.requestId(), CARE_LEAVER).on(e.decidedOn())
                .variant(e.granted() ? "granted" : "refused").says(e.entitlement(), e.reason())
                .link(link(e.childId())));
    }

    private static String link(UUID childId) {
        return "/care-leavers/" + childId;
    }
}
