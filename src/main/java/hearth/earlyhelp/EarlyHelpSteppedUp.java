package hearth.earlyhelp;

import java.time.LocalDate;
import java.util.UUID;

/** Early help stepped a child up to social care; the front door holds the contact it recorded. */
public record EarlyHelpSteppedUp(UUID childId, UUID episodeId, UUID contactId, LocalDate steppedUpOn) {
}
