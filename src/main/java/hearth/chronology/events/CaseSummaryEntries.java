package hearth.chronology.events;

import static hearth.chronology.EntryCategory.CHILD_VOICE;
import static java.nio.charset.StandardCharsets.UTF_8;

import hearth.casesummary.CaseSummaryReviewed;
import hearth.casesummary.ChildLetterFinalised;
import hearth.childrenincare.CareReviewHeld;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Case summary and the child's voice on the chronology: each review of the summary, each letter to the child, and
 * what a looked after child said at their review, in their words (the review itself is the children in care
 * context's entry; this one has its own reference so both stand).
 */
@Component
class CaseSummaryEntries {

    private final EventEntries entries;

    CaseSummaryEntries(EventEntries entries) {
        this.entries = entries;
    }

    @EventListener
    void on(CaseSummaryReviewed e) {
        UUID reviewRef = UUID.nameUUIDFromBytes((e.summaryId() + "@" + e.reviewedAt()).getBytes(UTF_8));
        entries.record(Happened.to(e.childId(), e, reviewRef, CHILD_VOICE)
                .at(e.reviewedAt()).says(e.reviewedBy()).link("/children/" + e.childId() + "/case-summary"));
    }

    @EventListener
    void on(ChildLetterFinalised e) {
        entries.record(Happened.to(e.childId(), e, e.letterId(), CHILD_VOICE).at(e.finalisedAt())
                .says(Dates.text(e.reviewDate())).link("/letters/" + e.letterId()));
    }

    @EventListener
    void on(CareReviewHeld e) {
        if (e.childViews() == null || e.childViews().isBlank()) {
            return;
        }
        UUID wordsRef = UUID.nameUUIDFromBytes(("child's words at " + e.reviewId()).getBytes(UTF_8));
        entries.record(Happened.to(e.childId(), e, wordsRef, CHILD_VOICE).on(e.date()).variant("childsWords")
                .says(e.childViews().strip()).link("/children/" + e.childId() + "/voice"));
    }
}
