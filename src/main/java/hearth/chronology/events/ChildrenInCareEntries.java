package hearth.chronology.events;

import static hearth.chronology.EntryCategory.LOOKED_AFTER;

import hearth.childrenincare.CareReviewHeld;
import hearth.childrenincare.ChildBecameLookedAfter;
import hearth.childrenincare.ChildCeasedToBeLookedAfter;
import hearth.childrenincare.LegalStatusChanged;
import hearth.childrenincare.PlacementStarted;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Children in care on the chronology: becoming looked after, placements, legal status, reviews and ceasing. */
@Component
class ChildrenInCareEntries {

    private final EventEntries entries;

    ChildrenInCareEntries(EventEntries entries) {
        this.entries = entries;
    }

    @EventListener
    void on(ChildBecameLookedAfter e) {
        entries.record(Happened.to(e.childId(), e, e.periodId(), LOOKED_AFTER).on(e.startDate())
                .says(e.legalStatus(), e.categoryOfNeed()).link(link(e.periodId())).significant(true));
    }

    @EventListener
    void on(PlacementStarted e) {
        entries.record(Happened.to(e.childId(), e, e.placementId(), LOOKED_AFTER).on(e.startDate())
                .variant(e.reasonForChange() == null ? null : "move")
                .says(e.carerName(), e.placementType(), e.reasonForChange()).link(link(e.periodId()))
                .significant(true));
    }

    @EventListener
    void on(LegalStatusChanged e) {
        UUID change = UUID.nameUUIDFromBytes((e.periodId() + ":" + e.date() + ":" + e.legalStatus())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        entries.record(Happened.to(e.childId(), e, change, LOOKED_AFTER).on(e.date())
                .says(e.legalStatus(), e.previousLegalStatus()).link(link(e.periodId())).significant(true));
    }

    @EventListener
    void on(CareReviewHeld e) {
        entries.record(Happened.to(e.childId(), e, e.reviewId(), LOOKED_AFTER).on(e.date())
                .says(e.participation(), e.decisions()).link(link(e.periodId())).significant(false));
    }

    @EventListener
    void on(ChildCeasedToBeLookedAfter e) {
        entries.record(Happened.to(e.childId(), e, e.periodId(), LOOKED_AFTER).on(e.endDate())
                .says(e.reasonCeased()).link(link(e.periodId())).significant(true));
    }

    private static String link(UUID periodId) {
        return "/care-periods/" + periodId;
    }
}
