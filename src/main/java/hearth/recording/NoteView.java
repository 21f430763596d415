package hearth.recording;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case note as pages and other contexts see it, with its addenda in the order they were added. */
public record NoteView(UUID id, UUID childId, NoteType type, Instant occurredAt, boolean significant, String body,
        List<String> alertUsers, NoteStatus status, String createdBy, Instant createdAt, String finalisedBy,
        Instant finalisedAt, boolean voided, String voidReason, String voidedBy, Instant voidedAt,
        List<AddendumView> addenda, long version) {

    public boolean isFinal() {
        return status == NoteStatus.FINAL;
    }

    public boolean isDraft() {
        return status == NoteStatus.DRAFT;
    }
}
