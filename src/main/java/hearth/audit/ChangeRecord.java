package hearth.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One change to a record: who, when, and each field's value before and after. */
public record ChangeRecord(Instant at, String username, String entityType, UUID entityId, long version,
        String change, List<FieldChange> fields) {

    public record FieldChange(String field, String before, String after) {
    }
}
