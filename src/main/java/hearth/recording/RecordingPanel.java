package hearth.recording;

import hearth.people.ChildRecordContributor;
import hearth.people.RecordPanel;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.timescales.Due;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The child's record shows a "Case notes and documents" panel: the latest notes and documents, and links to add a
 * note, upload a document, see them all and search the whole record.
 */
@Component
class RecordingPanel implements ChildRecordContributor {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final int SHOWN = 3;
    private final CaseNotes notes;
    private final CaseDocuments documents;
    private final MessageSource messages;

    RecordingPanel(CaseNotes notes, CaseDocuments documents, MessageSource messages) {
        this.notes = notes;
        this.documents = documents;
        this.messages = messages;
    }

    @Override
    public List<RecordPanel> panels(UUID childId) {
        List<RecordPanel.Row> rows = new ArrayList<>();
        notes.notesFor(childId).stream().filter(n -> !n.voided()).limit(SHOWN).forEach(n -> rows.add(
                new RecordPanel.Row("recording.panel.note", DATE.format(n.occurredAt().atZone(Due.LONDON)) + ": "
                        + text("recording.NoteType." + n.type()) + (n.isDraft() ? " (" + text("recording.draft")
                        + ")" : "") + " \u2013 " + excerpt(n.body()))));
        documents.documentsFor(childId).stream().filter(d -> !d.voided()).limit(SHOWN).forEach(d -> rows.add(
                new RecordPanel.Row("recording.panel.document", DATE.format(d.documentDate()) + ": " + d.title())));
        if (rows.isEmpty()) {
            rows.add(new RecordPanel.Row("recording.panel.none", text("recording.panel.noneYet")));
        }
        List<RecordPanel.Link> links = new ArrayList<>();
        links.add(new RecordPanel.Link("recording.panel.all", "/children/" + childId + "/case-notes"));
        if (CurrentUser.get().filter(u -> u.has(Permission.RECORD_CASE_WORK)).isPresent()) {
            links.add(new RecordPanel.Link("recording.panel.addNote", "/children/" + childId + "/case-notes/new"));
            links.add(new RecordPanel.Link("recording.panel.upload", "/children/" + childId + "/documents/new"));
        }
        links.add(new RecordPanel.Link("recording.panel.search", "/children/" + childId + "/record-search"));
        return List.of(new RecordPanel(15, "recording.panel.title", rows, links));
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 80 ? flat.substring(0, 79) + "\u2026" : flat;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
