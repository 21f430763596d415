package hearth.chronology.events;

import static hearth.chronology.EntryCategory.CASE_NOTE;
import static hearth.chronology.EntryCategory.DOCUMENT;

import hearth.recording.CaseNoteFinalised;
import hearth.recording.CaseNoteVoided;
import hearth.recording.DocumentUploaded;
import hearth.recording.DocumentVoided;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Case notes and documents on the chronology: every finalised note (significant ones marked so), significant
 * documents; voiding the note or document voids its entry.
 */
@Component
class RecordingEntries {

    private final EventEntries entries;

    RecordingEntries(EventEntries entries) {
        this.entries = entries;
    }

    @EventListener
    void on(CaseNoteFinalised e) {
        entries.record(Happened.to(e.childId(), e, e.noteId(), CASE_NOTE).at(e.occurredAt())
                .says(e.type(), e.excerpt()).link("/case-notes/" + e.noteId()).significant(e.significant()));
    }

    @EventListener
    void on(CaseNoteVoided e) {
        entries.voidRecorded(e.childId(), CaseNoteFinalised.class, e.noteId(), e.reason());
    }

    @EventListener
    void on(DocumentUploaded e) {
        if (e.significant()) {
            entries.record(Happened.to(e.childId(), e, e.documentId(), DOCUMENT).on(e.documentDate())
                    .says(e.type(), e.title()).link("/documents/" + e.documentId()).significant(true));
        }
    }

    @EventListener
    void on(DocumentVoided e) {
        entries.voidRecorded(e.childId(), DocumentUploaded.class, e.documentId(), e.reason());
    }
}
