package hearth.casesummary;

import hearth.casesummary.domain.SummaryStore;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each night, prompts the allocated worker (in My work) to review every case summary that has had a significant
 * event recorded on the chronology since its last review.
 */
@Component
class SignificantEventPrompts {

    private final CaseSummaries summaries;
    private final SummaryStore store;

    SignificantEventPrompts(CaseSummaries summaries, SummaryStore store) {
        this.summaries = summaries;
        this.store = store;
    }

    @Scheduled(cron = "0 20 2 * * *", zone = "Europe/London")
    int promptAll() {
        return summaries.promptAfterSignificantEvents(store.reviewedChildren());
    }
}
