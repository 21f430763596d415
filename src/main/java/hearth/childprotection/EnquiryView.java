package hearth.childprotection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record EnquiryView(UUID id, UUID childId, UUID strategyDiscussionId, LocalDate startDate, EnquiryStatus status,
        Boolean childSeen, Boolean seenAlone, LocalDate seenOn, String findings, EnquiryOutcome outcome,
        String outcomeReason, String outcomeBy, String authorisedBy, Instant authorisedAt, UUID obligationId,
        long version) {

    public boolean awaitsConference() {
        return status == EnquiryStatus.AUTHORISED && outcome == EnquiryOutcome.CONFERENCE_NEEDED;
    }
}
