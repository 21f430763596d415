package hearth.fostering;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A nominated officer extended a connected person's temporary approval once, by {@code weeks} (at most 8), on
 * {@code extendedOn}; it now runs out on {@code expiresOn} (reg 25).
 */
public record ConnectedPersonApprovalExtended(UUID childId, UUID approvalId, LocalDate extendedOn, int weeks,
        LocalDate expiresOn, String nominatedOfficer, String reason) {
}
