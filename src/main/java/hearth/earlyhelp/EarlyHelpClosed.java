package hearth.earlyhelp;

import java.time.LocalDate;
import java.util.UUID;

/** An episode of early help closed. */
public record EarlyHelpClosed(UUID childId, UUID episodeId, LocalDate closedOn, ClosureOutcome outcome) {
}
