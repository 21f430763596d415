package hearth.fostering;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A connected person was temporarily approved as foster carer for the child on {@code approvedOn} (Care Planning
 * regs reg 24); the approval runs out on {@code expiresOn}, 16 weeks later, unless the full assessment decides first.
 */
public record ConnectedPersonApproved(UUID childId, UUID approvalId, String carerName, String relationship,
        LocalDate approvedOn, LocalDate expiresOn, String recordedBy) {
}
