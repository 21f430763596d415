package hearth.chronology.events;

import static hearth.chronology.EntryCategory.CHILD_PROTECTION;

import hearth.childprotection.ChildProtectionPlanEnded;
import hearth.childprotection.ChildProtectionPlanStarted;
import hearth.childprotection.Section47Authorised;
import hearth.childprotection.StrategyDiscussionHeld;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Child protection on the chronology: strategy discussions, section 47 enquiries, plans starting and ending. */
@Component
class ChildProtectionEntries {

    private final EventEntries entries;

    ChildProtectionEntries(EventEntries entries) {
        this.entries = entries;
    }

    @EventListener
    void on(StrategyDiscussionHeld e) {
        entries.record(Happened.to(e.childId(), e, e.discussionId(), CHILD_PROTECTION).at(e.heldAt())
                .variant(e.section47() ? "section47" : null).link("/strategy-discussions/" + e.discussionId())
                .significant(true));
    }

    @EventListener
    void on(Section47Authorised e) {
        entries.record(Happened.to(e.childId(), e, e.enquiryId(), CHILD_PROTECTION).on(e.authorisedOn())
                .says(e.outcome(), Dates.text(e.startDate()), e.childSeen())
                .link("/section-47/" + e.enquiryId()).significant(true));
    }

    @EventListener
    void on(ChildProtectionPlanStarted e) {
        entries.record(Happened.to(e.childId(), e, e.planId(), CHILD_PROTECTION).on(e.startDate())
                .variant(e.preBirth() ? "preBirth" : null).says(e.category(), e.previousPlans())
                .link("/cp-plans/" + e.planId()).significant(true));
    }

    @EventListener
    void on(ChildProtectionPlanEnded e) {
        entries.record(Happened.to(e.childId(), e, e.planId(), CHILD_PROTECTION).on(e.endDate())
                .variant(e.continuesAsChildInNeed() ? "childInNeed" : null).says(e.reason())
                .link("/cp-plans/" + e.planId()).significant(true));
    }
}
