package hearth.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A chronology entry as pages, the export and other contexts see it. */
public record EntryView(UUID id, UUID childId, LocalDate occurredOn, Instant occurredAt, EntryCategory category,
        String summary, String source, EntryOrigin origin, String link, UUID groupId, boolean significant,
        String analysis, String recordedBy, Instant recordedAt, boolean voided, String voidReason, String voidedBy,
        long version) {
}
