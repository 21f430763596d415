package hearth.recording;

import java.time.LocalDate;

/** One place in the child's record that matched: its kind, date, title, a snippet around the match, a link. */
public record RecordSearchHit(SearchHitKind kind, LocalDate date, String title, String before, String match,
        String after, String link) {
}
