package hearth.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One change gathered by {@link ChangeHistoryListener}, waiting for its transaction to commit. */
record PendingChange(UUID id, Instant at, String username, String entityType, Object entityId, long version,
        String kind, List<String[]> fields) {
}
