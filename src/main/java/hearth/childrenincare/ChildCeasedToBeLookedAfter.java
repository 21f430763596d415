package hearth.childrenincare;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child's period of care ended on {@code endDate} for the SSDA903 reason {@code reasonCeased} (for example E11
 * adopted, E4A returned home, E41 child arrangements order, E45 to E48 special guardianship, E8 other, including
 * reaching 18).
 */
public record ChildCeasedToBeLookedAfter(UUID childId, UUID periodId, LocalDate endDate, String reasonCeased,
        String recordedBy) {
}
