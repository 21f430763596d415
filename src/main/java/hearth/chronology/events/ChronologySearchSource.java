package hearth.chronology.events;

import hearth.chronology.Chronology;
import hearth.chronology.ChronologyFilter;
import hearth.recording.RecordSearchSource;
import hearth.recording.SearchHitKind;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The chronology as part of the search of a child's record: each entry's summary and analysis, voided entries left
 * out; entries made from case notes and documents are left to the search of those records themselves.
 */
@Component
class ChronologySearchSource implements RecordSearchSource {

    private final Chronology chronology;

    ChronologySearchSource(Chronology chronology) {
        this.chronology = chronology;
    }

    @Override
    public List<SearchableText> searchableTexts(UUID childId) {
        return chronology.entriesFor(childId, ChronologyFilter.ALL).stream()
                .filter(e -> e.link() == null || !(e.link().startsWith("/case-notes/")
                        || e.link().startsWith("/documents/")))
                .map(e -> new SearchableText(SearchHitKind.CHRONOLOGY, e.occurredOn(),
                        e.summary() + (e.analysis() == null ? "" : " " + e.analysis()),
                        "/children/" + childId + "/chronology#entry-" + e.id()))
                .toList();
    }
}
