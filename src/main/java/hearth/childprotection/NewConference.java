package hearth.childprotection;

import java.time.LocalDate;

/**
 * A conference as the chair records it. {@code category} is needed for PLAN (and may change at a review);
 * {@code endReason} and {@code continuesAsChildInNeed} for END_PLAN.
 */
public record NewConference(LocalDate heldOn, Attendance attendance, ParentsAttendance parents, String childViews,
        boolean advocateOffered, boolean advocateDeclined, ConferenceDecision decision, AbuseCategory category,
        PlanEndReason endReason, Boolean continuesAsChildInNeed, String summary) {
}
