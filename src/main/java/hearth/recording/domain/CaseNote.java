package hearth.recording.domain;

import hearth.audit.KeepsHistory;
import hearth.recording.NoteStatus;
import hearth.recording.NoteType;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A case note: a draft the worker may change until it is finalised; once final it is never edited (only added to
 * by an {@link NoteAddendum}) and can only be voided with a reason. Forbidden changes throw
 * {@link IllegalStateException} with a message key.
 */
@Entity
@Table(name = "recording_note")
@KeepsHistory("case note")
public class CaseNote {

    public static final int MAX_BODY = 20_000;

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Enumerated(EnumType.STRING)
    @Column(name = "note_type", nullable = false)
    private NoteType type;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(nullable = false)
    private boolean significant;
    @Column(nullable = false)
    private String body;
    @Column(name = "alert_users")
    private String alertUsers;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoteStatus status;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "finalised_by")
    private String finalisedBy;
    @Column(name = "finalised_at")
    private Instant finalisedAt;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Column(name = "voided_by")
    private String voidedBy;
    @Column(name = "voided_at")
    private Instant voidedAt;
    @Version
    private long version;

    protected CaseNote() {
    }

    public CaseNote(UUID childId, NoteType type, Instant occurredAt, boolean significant, String body,
            List<String> alertUsers, String by, Instant now) {
        this.id = Ids.next();
        this.childId = childId;
        this.status = NoteStatus.DRAFT;
        this.createdBy = by;
        this.createdAt = now;
        write(type, occurredAt, significant, body, alertUsers);
    }

    /** Changes a draft; a final or voided note refuses. */
    public void edit(NoteType type, Instant occurredAt, boolean significant, String body, List<String> alertUsers) {
        requireDraft();
        write(type, occurredAt, significant, body, alertUsers);
    }

    /** Makes the note part of the record: from now on it is never edited. */
    public void finalise(String by, Instant at) {
        requireDraft();
        this.status = NoteStatus.FINAL;
        this.finalisedBy = by;
        this.finalisedAt = at;
    }

    /** Checks an addendum may be added: only to a final note that is not voided. */
    public void requireOpenToAddenda() {
        if (voided) {
            throw new IllegalStateException("recording.note.error.voided");
        }
        if (status != NoteStatus.FINAL) {
            throw new IllegalStateException("recording.note.error.notFinal");
        }
    }

    /** Voids the note with a reason; it is kept. A draft is voided the same way (nothing is deleted). */
    public void voidNote(String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Voiding a case note needs a reason");
        }
        if (voided) {
            throw new IllegalStateException("recording.note.error.voided");
        }
        this.voided = true;
        this.voidReason = reason.strip();
        this.voidedBy = by;
        this.voidedAt = at;
    }

    private void requireDraft() {
        if (voided) {
            throw new IllegalStateException("recording.note.error.voided");
        }
        if (status == NoteStatus.FINAL) {
            throw new IllegalStateException("recording.note.error.finalised");
        }
    }

    private void write(NoteType type, Instant occurredAt, boolean significant, String body, List<String> alerts) {
        if (type == null || occurredAt == null || body == null || body.isBlank() || body.length() > MAX_BODY) {
            throw new IllegalArgumentException("A case note needs a type, when it happened and what happened");
        }
        this.type = type;
        this.occurredAt = occurredAt;
        this.significant = significant;
        this.body = body.strip();
        this.alertUsers = alerts == null || alerts.isEmpty() ? null : String.join(",", alerts);
    }

    public List<String> alertUsers() {
        return alertUsers == null ? List.of() : Arrays.stream(alertUsers.split(",")).filter(s -> !s.isBlank()).toList();
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public NoteType getType() {
        return type;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public boolean isSignificant() {
        return significant;
    }

    public String getBody() {
        return body;
    }

    public NoteStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getFinalisedBy() {
        return finalisedBy;
    }

    public Instant getFinalisedAt() {
        return finalisedAt;
    }

    public boolean isVoided() {
        return voided;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public String getVoidedBy() {
        return voidedBy;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public long getVersion() {
        return version;
    }
}
