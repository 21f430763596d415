package hearth.childprotection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record CoreGroupView(UUID id, UUID planId, UUID childId, LocalDate heldOn, Attendance attendance,
        List<ProgressView> progress, String notes, String recordedBy) {
}
