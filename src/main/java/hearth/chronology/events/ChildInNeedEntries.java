package hearth.chronology.events;

import static hearth.chronology.EntryCategory.CHILD_IN_NEED;

import hearth.childinneed.CaseClosed;
import hearth.childinneed.CaseReopened;
import hearth.childinneed.ReviewDecision;
import hearth.childinneed.ReviewRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Children in need on the chronology: reviews, closures (with the DfE reason) and reopenings. */
@Component
class ChildInNeedEntries {

    private final EventEntries entries;

    ChildInNeedEntries(EventEntries entries) {
        this.entries = entries;
    }

    @EventListener
    void on(ReviewRecorded e) {
        entries.record(Happened.to(e.childId(), e, e.reviewId(), CHILD_IN_NEED).on(e.date()).says(e.decision())
                .link(link(e.episodeId())).significant(e.decision() != ReviewDecision.CONTINUE_PLAN));
    }

    @EventListener
    void on(CaseClosed e) {
        entries.record(Happened.to(e.childId(), e, e.episodeId(), CHILD_IN_NEED).on(e.closedOn())
                .variant(e.stepDownToEarlyHelp() ? "earlyHelp" : null).says(e.reason())
                .link(link(e.episodeId())).significant(true));
    }

    @EventListener
    void on(CaseReopened e) {
        entries.record(Happened.to(e.childId(), e, e.closureId(), CHILD_IN_NEED).at(e.reopenedAt()).says(e.reason())
                .link(link(e.episodeId())).significant(true));
    }

    private static String link(java.util.UUID episodeId) {
        return "/cin-episodes/" + episodeId;
    }
}
