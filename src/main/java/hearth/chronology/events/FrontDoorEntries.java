package hearth.chronology.events;

import static hearth.chronology.EntryCategory.FRONT_DOOR;

import hearth.frontdoor.ContactDecided;
import hearth.frontdoor.ContactRecorded;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.ReferralMade;
import hearth.frontdoor.ReferralView;
import hearth.frontdoor.ThresholdDecision;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The front door on the chronology: every contact (a concern raised about the child, so significant), its decision
 * and the referral it made. Contacts about siblings recorded together are shared on each child's chronology.
 */
@Component
class FrontDoorEntries {

    private final EventEntries entries;
    private final FrontDoor frontDoor;

    FrontDoorEntries(EventEntries entries, FrontDoor frontDoor) {
        this.entries = entries;
        this.frontDoor = frontDoor;
    }

    @EventListener
    void on(ContactRecorded e) {
        Optional<ContactView> contact = frontDoor.find(e.contactId());
        entries.record(Happened.to(e.childId(), e, e.contactId(), FRONT_DOOR).at(e.receivedAt())
                .says(e.source(), contact.map(ContactView::risk).orElse(null),
                        contact.map(ContactView::concern).orElse(""))
                .link("/contacts/" + e.contactId()).significant(true)
                .group(contact.map(ContactView::groupId).orElse(null)));
    }

    @EventListener
    void on(ContactDecided e) {
        entries.record(Happened.to(e.childId(), e, e.contactId(), FRONT_DOOR).at(e.decidedAt()).says(e.decision())
                .link("/contacts/" + e.contactId()).significant(e.decision() == ThresholdDecision.STRATEGY_DISCUSSION)
                .group(group(e.contactId())));
    }

    @EventListener
    void on(ReferralMade e) {
        UUID contactId = frontDoor.referralsFor(e.childId()).stream().filter(r -> r.id().equals(e.referralId()))
                .map(ReferralView::contactId).findFirst().orElse(null);
        entries.record(Happened.to(e.childId(), e, e.referralId(), FRONT_DOOR).on(e.date())
                .variant(e.reReferral() ? "reReferral" : null).says(e.source())
                .link(contactId == null ? "/children/" + e.childId() : "/contacts/" + contactId).significant(true)
                .group(contactId == null ? null : group(contactId)));
    }

    private UUID group(UUID contactId) {
        return frontDoor.find(contactId).map(ContactView::groupId).orElse(null);
    }
}
