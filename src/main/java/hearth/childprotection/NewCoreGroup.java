package hearth.childprotection;

import java.time.LocalDate;
import java.util.List;

/** A core group meeting: who came, and progress against each of the plan's actions. */
public record NewCoreGroup(LocalDate heldOn, Attendance attendance, List<ProgressView> progress, String notes) {
}
