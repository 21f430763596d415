package hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One young person on a care leavers list: status, adviser, when the next pathway review and contact are due (and
 * whether contact is overdue), last contact, not in touch, and NEET at the latest birthday record.
 */
public record LeaverListRow(UUID childId, String name, int age, Eligibility eligibility, String adviser,
        LocalDate nextReviewDue, LocalDate contactDue, boolean contactOverdue, LocalDate lastContactOn,
        LocalDate notInTouchSince, boolean neet) {
}
