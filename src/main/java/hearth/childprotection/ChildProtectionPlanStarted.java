package hearth.childprotection;

import java.time.LocalDate;
import java.util.UUID;

/** A conference put the child on a child protection plan. */
public record ChildProtectionPlanStarted(UUID childId, UUID planId, LocalDate startDate, AbuseCategory category,
        int previousPlans, boolean preBirth) {
}
