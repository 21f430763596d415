package hearth.frontdoor;

import java.time.Instant;
import java.util.UUID;

/** A contact as pages and other contexts see it; {@code groupId} links contacts about siblings recorded together. */
public record ContactView(UUID id, UUID childId, Instant receivedAt, ReferralSource source, String referrerName,
        String referrerContact, String concern, boolean consentSought, Consent consent, boolean consentOverridden,
        String consentRationale, RiskRating risk, ContactStatus status, ThresholdDecision decision,
        String decisionRationale, String decidedBy, Instant decidedAt, String recordedBy, UUID groupId, long version) {

    public boolean awaitingDecision() {
        return status == ContactStatus.AWAITING_DECISION;
    }
}
