package hearth.quality;

/** Where an audit action stands. */
public enum AuditActionStatus {
    OPEN,
    DONE
}
