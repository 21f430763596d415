package hearth.childrenincare;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child began a period of care on {@code startDate}. {@code legalStatus} is the SSDA903 legal status code
 * (C1, C2, D1, E1, J1, J2, J3, L1, L2, L3, V2, V3, V4) and {@code categoryOfNeed} the SSDA903 category of need
 * (N1 to N8). {@code periodId} names the period of care until the child ceases to be looked after.
 */
public record ChildBecameLookedAfter(UUID childId, UUID periodId, LocalDate startDate, String legalStatus,
        String categoryOfNeed, String recordedBy) {
}
