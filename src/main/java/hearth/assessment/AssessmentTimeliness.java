package hearth.assessment;

import java.time.LocalDate;

/** Working days from referral to completion (or to today while open), the due date, and whether it is late. */
public record AssessmentTimeliness(LocalDate dueDate, int workingDaysElapsed, boolean overdue) {
}
