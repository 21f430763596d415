package hearth.frontdoor;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What the front door needs to know about a child's last closure, supplied by the context that closes cases
 * (children in need) without the front door depending on it. A re-referral shows the previous closure's reason
 * and who authorised it, and a referral soon after a closure alerts that manager.
 */
public interface ClosureHistory {

    /** The child's latest closure on or before {@code date}, if any. */
    Optional<PreviousClosure> lastClosureOnOrBefore(UUID childId, LocalDate date);

    /** A closure: the date, the DfE reason code (e.g. RC8) with its wording, and the authorising manager's username. */
    record PreviousClosure(LocalDate closedOn, String reasonCode, String reasonText, String authorisedBy) {
    }
}
