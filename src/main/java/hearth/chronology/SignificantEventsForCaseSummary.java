package hearth.chronology;

import hearth.casesummary.SignificantEvent;
import hearth.casesummary.SignificantEventSource;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The case summary reads the child's significant events (not voided) from the chronology through this. */
@Component
class SignificantEventsForCaseSummary implements SignificantEventSource {

    private final Chronology chronology;

    SignificantEventsForCaseSummary(Chronology chronology) {
        this.chronology = chronology;
    }

    @Override
    public List<SignificantEvent> significantEventsOf(UUID childId) {
        return chronology.entriesFor(childId, ChronologyFilter.ALL).stream().filter(EntryView::significant)
                .map(e -> new SignificantEvent(e.occurredOn(), e.summary(), e.recordedAt(),
                        "/children/" + childId + "/chronology?view=significant#entry-" + e.id()))
                .toList();
    }
}
