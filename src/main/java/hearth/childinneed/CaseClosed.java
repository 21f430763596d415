package hearth.childinneed;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A manager authorised the closure of a child's episode of need. {@code stepDownToEarlyHelp} is true when the
 * family is to be offered early help (always for RC9).
 */
public record CaseClosed(UUID childId, UUID episodeId, LocalDate closedOn, ClosureReason reason,
        boolean stepDownToEarlyHelp, String authorisedBy) {
}
