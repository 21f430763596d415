package hearth.childprotection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child protection plan with its monitoring flags (reference CP9): a second or subsequent plan (ever, and
 * within two years of an earlier one ending), and open two years or more.
 */
public record PlanView(UUID id, UUID childId, UUID conferenceId, LocalDate startDate, boolean preBirth,
        LocalDate bornOn, AbuseCategory initialCategory, AbuseCategory latestCategory, int previousPlans,
        boolean previousWithinTwoYears, PlanStatus status, LocalDate endDate, PlanEndReason endReason,
        Boolean continuesAsChildInNeed, boolean twoYearsOrMore, long version) {

    public boolean active() {
        return status == PlanStatus.ACTIVE;
    }

    public boolean secondOrSubsequent() {
        return previousPlans > 0;
    }
}
