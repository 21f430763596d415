package hearth.chronology.events;

import hearth.chronology.EntryCategory;
import hearth.timescales.Due;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a context's event puts on the child's chronology. Its summary is the message
 * {@code chronology.event.<EventType>} (or {@code chronology.event.<EventType>.<variant>}) with the arguments given;
 * enum arguments are shown by their {@code chronology.<EnumType>.<VALUE>} labels.
 */
public final class Happened {

    final UUID childId;
    final String eventType;
    final String eventRef;
    final EntryCategory category;
    LocalDate occurredOn;
    Instant occurredAt;
    String variant;
    Object[] args = new Object[0];
    String link;
    boolean significant;
    UUID groupId;

    private Happened(UUID childId, Object event, UUID recordId, EntryCategory category) {
        this.childId = childId;
        this.eventType = event.getClass().getSimpleName();
        this.eventRef = eventType + ":" + recordId;
        this.category = category;
    }

    /** The event about the child; {@code recordId} names the record it is about, so it is entered once. */
    public static Happened to(UUID childId, Object event, UUID recordId, EntryCategory category) {
        return new Happened(childId, event, recordId, category);
    }

    public Happened on(LocalDate date) {
        this.occurredOn = date;
        return this;
    }

    public Happened at(Instant instant) {
        this.occurredAt = instant;
        this.occurredOn = LocalDate.ofInstant(instant, Due.LONDON);
        return this;
    }

    public Happened says(Object... args) {
        this.args = args;
        return this;
    }

    /** A different wording for the same event, e.g. a re-referral. */
    public Happened variant(String variant) {
        this.variant = variant;
        return this;
    }

    public Happened link(String link) {
        this.link = link;
        return this;
    }

    public Happened significant(boolean significant) {
        this.significant = significant;
        return this;
    }

    /** Shared with siblings: entries with the same group show each other. */
    public Happened group(UUID groupId) {
        this.groupId = groupId;
        return this;
    }

    String summaryKey() {
        return "chronology.event." + eventType + (variant == null ? "" : "." + variant);
    }
}
