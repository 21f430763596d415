package hearth.childprotection;

import java.time.LocalDate;

/** A section 47 enquiry's findings: whether and when the child was seen (alone), and the outcome. */
public record EnquiryFindings(boolean childSeen, boolean seenAlone, LocalDate seenOn, String findings,
        EnquiryOutcome outcome, String outcomeReason) {
}
