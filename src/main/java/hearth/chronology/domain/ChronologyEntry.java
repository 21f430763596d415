package hearth.chronology.domain;

import hearth.audit.KeepsHistory;
import hearth.chronology.EntryCategory;
import hearth.chronology.EntryOrigin;
import hearth.chronology.EntryView;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One event on a child's chronology. Its date, summary and source stay as recorded; a worker may change whether it
 * is significant and add their analysis of a significant one. It is never deleted: voided with a reason.
 */
@Entity
@Table(name = "chronology_entry")
@KeepsHistory("chronology entry")
public class ChronologyEntry {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntryCategory category;
    @Column(nullable = false)
    private String summary;
    @Column(nullable = false)
    private String source;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntryOrigin origin;
    @Column(name = "event_ref")
    private String eventRef;
    private String link;
    @Column(name = "group_id")
    private UUID groupId;
    @Column(nullable = false)
    private boolean significant;
    private String analysis;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
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

    protected ChronologyEntry() {
    }

    /** An entry Hearth makes from another context's event. */
    public static ChronologyEntry automatic(UUID childId, LocalDate occurredOn, Instant occurredAt,
            EntryCategory category, String summary, String source, String eventRef, String link, UUID groupId,
            boolean significant, String recordedBy, Instant recordedAt) {
        ChronologyEntry entry = new ChronologyEntry(childId, occurredOn, category, summary, source,
                EntryOrigin.AUTOMATIC, significant, recordedBy, recordedAt);
        entry.occurredAt = occurredAt;
        entry.eventRef = eventRef;
        entry.link = link;
        entry.groupId = groupId;
        return entry;
    }

    /** An entry a worker adds; {@code groupId} links the same entry added to siblings' chronologies. */
    public static ChronologyEntry added(UUID childId, LocalDate occurredOn, EntryCategory category, String summary,
            String source, boolean significant, UUID groupId, String recordedBy, Instant recordedAt) {
        if (occurredOn.isAfter(LocalDate.ofInstant(recordedAt, java.time.ZoneId.of("Europe/London")))) {
            throw new IllegalArgumentException("A chronology entry cannot be about the future");
        }
        ChronologyEntry entry = new ChronologyEntry(childId, occurredOn, category, summary, source,
                EntryOrigin.ADDED_BY_WORKER, significant, recordedBy, recordedAt);
        entry.groupId = groupId;
        return entry;
    }

    private ChronologyEntry(UUID childId, LocalDate occurredOn, EntryCategory category, String summary, String source,
            EntryOrigin origin, boolean significant, String recordedBy, Instant recordedAt) {
        if (childId == null || occurredOn == null || category == null) {
            throw new IllegalArgumentException("An entry needs a child, a date and a category");
        }
        if (summary == null || summary.isBlank() || source == null || source.isBlank()) {
            throw new IllegalArgumentException("An entry needs a summary and a source");
        }
        this.id = Ids.next();
        this.childId = childId;
        this.occurredOn = occurredOn;
        this.category = category;
        this.summary = summary;
        this.source = source;
        this.origin = origin;
        this.significant = significant;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void markSignificant(boolean significant) {
        requireNotVoided();
        this.significant = significant;
    }

    /** The worker's analysis of what a significant event meant for the child. */
    public void analyse(String analysis) {
        requireNotVoided();
        if (!significant) {
            throw new IllegalStateException("Only a significant event has an analysis");
        }
        if (analysis == null || analysis.isBlank()) {
            throw new IllegalArgumentException("An analysis cannot be empty");
        }
        this.analysis = analysis;
    }

    public void voidEntry(String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Voiding needs a reason");
        }
        requireNotVoided();
        this.voided = true;
        this.voidReason = reason;
        this.voidedBy = by;
        this.voidedAt = at;
    }

    private void requireNotVoided() {
        if (voided) {
            throw new IllegalStateException("The entry is voided");
        }
    }

    public EntryView view() {
        return new EntryView(id, childId, occurredOn, occurredAt, category, summary, source, origin, link, groupId,
                significant, analysis, recordedBy, recordedAt, voided, voidReason, voidedBy, version);
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public long getVersion() {
        return version;
    }

    public boolean isVoided() {
        return voided;
    }
}
