package hearth.supervision;

import java.time.LocalDate;
import java.util.UUID;

/** The work with a child was supervised: by whom, with whom, and how many actions were agreed. */
public record CaseSupervised(UUID childId, UUID supervisionId, LocalDate heldOn, String supervisor, String worker,
        int actions) {
}
