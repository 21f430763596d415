package hearth.childprotection;

import java.time.Instant;
import java.util.UUID;

/** A strategy discussion was held; {@code section47} when it started an enquiry. */
public record StrategyDiscussionHeld(UUID childId, UUID discussionId, Instant heldAt, boolean section47,
        UUID enquiryId) {
}
