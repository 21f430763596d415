package hearth.frontdoor;

import java.time.LocalDate;
import java.util.UUID;

/** A contact decision made a referral; a re-referral when within 12 months of the child's previous one. */
public record ReferralMade(UUID childId, UUID referralId, LocalDate date, ReferralSource source, boolean reReferral) {
}
