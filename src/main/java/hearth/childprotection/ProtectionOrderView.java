package hearth.childprotection;

import java.time.LocalDate;
import java.util.UUID;

public record ProtectionOrderView(UUID id, UUID childId, ProtectionOrderKind kind, LocalDate startDate,
        LocalDate endDate, String details, String recordedBy, long version) {

    public boolean inForce(LocalDate today) {
        return endDate == null || !endDate.isBefore(today);
    }
}
