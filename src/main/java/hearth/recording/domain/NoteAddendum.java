package hearth.recording.domain;

import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** What was added to a finalised case note, why, by whom and when. Never changed once written. */
@Entity
@Table(name = "recording_addendum")
public class NoteAddendum {

    @Id
    private UUID id;
    @Column(name = "note_id", nullable = false)
    private UUID noteId;
    @Column(nullable = false)
    private String reason;
    @Column(nullable = false)
    private String body;
    @Column(name = "added_by", nullable = false)
    private String addedBy;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;
    @Version
    private long version;

    protected NoteAddendum() {
    }

    /** An addendum to the note, which must be final and not voided. */
    public NoteAddendum(CaseNote note, String reason, String body, String by, Instant at) {
        note.requireOpenToAddenda();
        if (reason == null || reason.isBlank() || body == null || body.isBlank()) {
            throw new IllegalArgumentException("An addendum needs a reason and what is added");
        }
        this.id = Ids.next();
        this.noteId = note.getId();
        this.reason = reason.strip();
        this.body = body.strip();
        this.addedBy = by;
        this.addedAt = at;
    }

    public UUID getId() {
        return id;
    }

    public UUID getNoteId() {
        return noteId;
    }

    public String getReason() {
        return reason;
    }

    public String getBody() {
        return body;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
