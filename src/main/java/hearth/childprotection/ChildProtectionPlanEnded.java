package hearth.childprotection;

import java.time.LocalDate;
import java.util.UUID;

/** A child protection plan ended; {@code continuesAsChildInNeed} when support continues under a child in need plan. */
public record ChildProtectionPlanEnded(UUID childId, UUID planId, LocalDate endDate, PlanEndReason reason,
        boolean continuesAsChildInNeed) {
}
