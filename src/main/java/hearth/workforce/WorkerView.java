package hearth.workforce;

import java.time.LocalDate;
import java.util.UUID;

/** A worker as other contexts see them: their team, since when they are away (null when not) and when they started. */
public record WorkerView(String username, String displayName, String jobTitle, UUID teamId, LocalDate absentFrom,
        LocalDate startedOn) {
}
