package hearth.childrenincare;

import java.time.LocalDate;
import java.util.UUID;

/** A period of care: from becoming looked after until ceasing (end date and reason null while the child is in care). */
public record CarePeriodView(UUID id, UUID childId, LocalDate startDate, CategoryOfNeed categoryOfNeed,
        LocalDate endDate, ReasonCeased reasonCeased, String recordedBy, long version) {

    public boolean isOpen() {
        return endDate == null;
    }
}
