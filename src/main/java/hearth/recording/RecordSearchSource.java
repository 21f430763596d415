package hearth.recording;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Another context's part of a child's record that the record search looks in (the chronology implements it), so
 * the search reaches it without this context depending on that one.
 */
public interface RecordSearchSource {

    /** A piece of the child's record to search: what it is, its date, its text and where to read it. */
    record SearchableText(SearchHitKind kind, LocalDate date, String text, String link) {
    }

    /** The child's searchable texts; called only once the user may open the child's record. */
    List<SearchableText> searchableTexts(UUID childId);
}
