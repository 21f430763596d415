package hearth.childinneed;

import hearth.frontdoor.ReferralSource;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An episode of need as pages and other contexts see it (CIN census CINdetails). {@code readyToClose} is set when
 * an authorised assessment or a review concluded the episode can close, with the reason to pre-fill.
 */
public record EpisodeView(UUID id, UUID childId, LocalDate referralDate, ReferralSource source,
        List<EpisodeReferral> referrals, PrimaryNeed primaryNeed, EpisodeStatus status, boolean readyToClose,
        ClosureReason suggestedReason, UUID assessmentId, LocalDate assessmentCompletedOn, boolean planNeeded,
        LocalDate closedOn, ClosureReason closureReason, long version) {

    /** A referral on the episode: the one that opened it, or a later one that joined it while it was open. */
    public record EpisodeReferral(UUID referralId, LocalDate date, ReferralSource source, boolean reReferral,
            boolean joined) {
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    /** An assessment was authorised on this episode (RC8 and RC9 need one: DfE query 8825Q). */
    public boolean assessed() {
        return assessmentId != null;
    }
}
