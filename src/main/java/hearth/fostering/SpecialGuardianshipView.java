package hearth.fostering;

import java.time.LocalDate;
import java.util.UUID;

/** A special guardianship assessment (the s14A report) with its due date and the support plan. */
public record SpecialGuardianshipView(UUID id, UUID childId, String applicantName, LocalDate noticeOn,
        boolean courtDirected, LocalDate dueOn, LocalDate completedOn, String recommendation, String supportPlan,
        LocalDate supportPlanOn, long version) {

    public boolean open() {
        return completedOn == null;
    }

    public boolean overdue(LocalDate today) {
        return open() && today.isAfter(dueOn);
    }
}
