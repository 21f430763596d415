package hearth.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of "who has viewed this record". */
public record AccessRecord(Instant at, String username, AccessAction action, UUID subjectId, String what,
        String clientAddress) {
}
