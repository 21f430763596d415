package hearth.childprotection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A manager authorised a section 47 enquiry's outcome. Children in need may react to CONTINUE_AS_CHILD_IN_NEED
 * (and to CONFERENCE_NOT_NEEDED) by continuing or opening support.
 */
public record Section47Authorised(UUID childId, UUID enquiryId, LocalDate startDate, EnquiryOutcome outcome,
        boolean childSeen, String authorisedBy, LocalDate authorisedOn) {
}
