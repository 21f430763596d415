package hearth.frontdoor;

import java.time.Instant;
import java.util.UUID;

/** What the front door records when a contact comes in. The rationale is given when consent is overridden. */
public record NewContact(UUID childId, Instant receivedAt, ReferralSource source, String referrerName,
        String referrerContact, String concern, boolean consentSought, Consent consent, boolean consentOverridden,
        String consentRationale, RiskRating risk) {
}
