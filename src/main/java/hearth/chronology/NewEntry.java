package hearth.chronology;

import java.time.LocalDate;
import java.util.UUID;

/** What a worker adds to a child's chronology: an event Hearth could not know of, and who said so. */
public record NewEntry(UUID childId, LocalDate occurredOn, EntryCategory category, String summary, String source,
        boolean significant) {
}
