package hearth.earlyhelp;

import java.time.LocalDate;
import java.util.UUID;

/** An episode of early help began for a child. */
public record EarlyHelpStarted(UUID childId, UUID episodeId, Origin origin, LocalDate startedOn) {
}
