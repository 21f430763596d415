package hearth.frontdoor;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral: its date, source, whether it is a re-referral (with the previous referral's date), and the child's
 * last closure before it (date, DfE reason code, authorising manager) with whether that manager was alerted.
 */
public record ReferralView(UUID id, UUID childId, UUID contactId, LocalDate date, ReferralSource source,
        boolean reReferral, LocalDate previousDate, LocalDate previousClosureDate, String previousClosureReason,
        String previousClosureBy, boolean closureAlertSent) {
}
