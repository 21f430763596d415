package hearth.quality;

import java.time.LocalDate;
import java.util.UUID;

/** An action set by an audit, with its owner, due date and progress. */
public record AuditActionView(UUID id, UUID auditId, UUID childId, String description, String owner, LocalDate dueOn,
        AuditActionStatus status, String evidence, LocalDate completedOn, String completedBy, long version) {

    public boolean overdueOn(LocalDate today) {
        return status == AuditActionStatus.OPEN && today.isAfter(dueOn);
    }
}
