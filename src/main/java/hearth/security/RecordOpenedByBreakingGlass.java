package hearth.security;

import java.time.Instant;
import java.util.UUID;

/** Someone gave a reason to open a record outside their reach; the record's manager is told. */
public record RecordOpenedByBreakingGlass(UUID childId, String username, String displayName, String reason,
        boolean restricted, String restrictedBy, Instant at) {
}
