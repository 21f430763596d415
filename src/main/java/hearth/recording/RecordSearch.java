package hearth.recording;

import hearth.audit.AuditTrail;
import hearth.timescales.Due;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One search box over one child's record: case notes and their addenda, documents' titles and descriptions (and
 * the text of plain-text documents), and the chronology (through {@link RecordSearchSource}, which the chronology
 * implements, so this context does not depend on it). Matching is a simple case-insensitive "contains" over
 * normalised text (lower case, runs of white space made one space), done in Java over the one child's rows so it
 * behaves the same on H2 and PostgreSQL; a child's record is small enough for that. Voided records are not
 * searched. Every search is written to the access log against the child.
 */
@Service
public class RecordSearch {

    public static final int MAX_TERMS = 200;
    private static final int CONTEXT = 60;
    private final CaseNotes notes;
    private final CaseDocuments documents;
    private final List<RecordSearchSource> sources;
    private final AuditTrail audit;

    RecordSearch(CaseNotes notes, CaseDocuments documents, List<RecordSearchSource> sources, AuditTrail audit) {
        this.notes = notes;
        this.documents = documents;
        this.sources = sources;
        this.audit = audit;
    }

    /** What matched the words, latest first. Blank words find nothing (and are not logged). */
    @Transactional(readOnly = true)
    public List<RecordSearchHit> search(UUID childId, String words) {
        String needle = normalise(words);
        if (needle.isEmpty()) {
            return List.of();
        }
        if (needle.length() > MAX_TERMS) {
            needle = needle.substring(0, MAX_TERMS);
        }
        List<RecordSearchHit> hits = new ArrayList<>();
        for (NoteView note : notes.notesFor(childId)) {
            if (note.voided()) {
                continue;
            }
            String link = "/case-notes/" + note.id();
            LocalDate day = LocalDate.ofInstant(note.occurredAt(), Due.LONDON);
            String title = note.type().name();
            hit(hits, SearchHitKind.CASE_NOTE, day, title, note.body(), needle, link);
            for (AddendumView a : note.addenda()) {
                hit(hits, SearchHitKind.ADDENDUM, LocalDate.ofInstant(a.addedAt(), Due.LONDON), title,
                        a.reason() + " " + a.body(), needle, link);
            }
        }
        Map<UUID, String> texts = documents.plainTextsFor(childId);
        for (DocumentView doc : documents.documentsFor(childId)) {
            if (doc.voided()) {
                continue;
            }
            String text = doc.title() + " " + (doc.description() == null ? "" : doc.description()) + " "
                    + texts.getOrDefault(doc.id(), "");
            hit(hits, SearchHitKind.DOCUMENT, doc.documentDate(), doc.title(), text, needle, "/documents/" + doc.id());
        }
        for (RecordSearchSource source : sources) {
            for (RecordSearchSource.SearchableText text : source.searchableTexts(childId)) {
                hit(hits, text.kind(), text.date(), text.kind().name(), text.text(), needle, text.link());
            }
        }
        hits.sort(Comparator.comparing(RecordSearchHit::date).reversed());
        audit.viewed(childId, "record searched for \"" + needle + "\" (" + hits.size() + " found)");
        return hits;
    }

    /** Lower case, runs of white space made one space, trimmed. */
    static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.UK).replaceAll("\\s+", " ").strip();
    }

    private static void hit(List<RecordSearchHit> hits, SearchHitKind kind, LocalDate date, String title,
            String text, String needle, String link) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        String lower = flat.toLowerCase(Locale.UK);
        if (lower.length() != flat.length()) {
            flat = lower;
        }
        int at = lower.indexOf(needle);
        if (at < 0) {
            return;
        }
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(flat.length(), at + needle.length() + CONTEXT);
        hits.add(new RecordSearchHit(kind, date, title, (from > 0 ? "\u2026" : "") + flat.substring(from, at),
                flat.substring(at, at + needle.length()),
                flat.substring(at + needle.length(), to) + (to < flat.length() ? "\u2026" : ""), link));
    }
}
