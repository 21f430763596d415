package hearth.childprotection;

import java.time.LocalDate;
import java.util.UUID;

public record ConferenceView(UUID id, UUID childId, ConferenceKind kind, boolean preBirth, UUID enquiryId,
        UUID planId, LocalDate heldOn, Attendance attendance, ParentsAttendance parents, String childViews,
        boolean advocateOffered, boolean advocateDeclined, String chair, ConferenceDecision decision,
        AbuseCategory category, PlanEndReason endReason, Boolean continuesAsChildInNeed, String summary) {
}
