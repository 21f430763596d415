package hearth.frontdoor;

import java.time.LocalDate;
import java.util.UUID;

/** A referral: its date, source, and whether it is a re-referral (with the previous referral's date). */
public record ReferralView(UUID id, UUID childId, UUID contactId, LocalDate date, ReferralSource source,
        boolean reReferral, LocalDate previousDate) {
}
