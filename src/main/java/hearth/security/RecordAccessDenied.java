package hearth.security;

import java.util.UUID;

/** Thrown when a record is opened without access; the page offers to break the glass. */
public class RecordAccessDenied extends RuntimeException {

    private final UUID childId;
    private final AccessDecision decision;

    public RecordAccessDenied(UUID childId, AccessDecision decision) {
        super("No access to this record: " + decision);
        this.childId = childId;
        this.decision = decision;
    }

    public UUID childId() {
        return childId;
    }

    public AccessDecision decision() {
        return decision;
    }
}
