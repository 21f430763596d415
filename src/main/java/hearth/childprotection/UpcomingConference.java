package hearth.childprotection;

import hearth.timescales.ObligationView;
import java.util.UUID;

/** A conference due for a child: the initial conference after an enquiry, a review, or a post-birth review. */
public record UpcomingConference(UUID childId, ConferenceKind kind, UUID enquiryId, UUID planId,
        ObligationView obligation) {
}
