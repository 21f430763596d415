package hearth.fostering;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A foster carer household with its stage dates, approval, reviews and what has been recorded about it. */
public record HouseholdView(UUID id, String name, String address, LocalDate enquiryOn, LocalDate assessmentStartedOn,
        LocalDate panelOn, LocalDate approvedOn, String terms, Integer places, LocalDate lastReviewOn, int reviewsHeld,
        LocalDate endedOn, String endReason, long version, List<Entry> records) {

    /** One review, support visit, training or allegation. */
    public record Entry(UUID id, HouseholdRecordKind kind, LocalDate on, String details, boolean toPanel,
            String status) {
    }

    public HouseholdStage stage() {
        if (endedOn != null) {
            return HouseholdStage.LEFT;
        }
        if (approvedOn != null) {
            return HouseholdStage.APPROVED;
        }
        if (panelOn != null) {
            return HouseholdStage.PANEL;
        }
        return assessmentStartedOn != null ? HouseholdStage.ASSESSMENT : HouseholdStage.ENQUIRY;
    }

    /** The next annual review: a year after approval, then a year after the last review (reference FC1, FC2). */
    public LocalDate reviewDue() {
        if (approvedOn == null || endedOn != null) {
            return null;
        }
        return (lastReviewOn != null ? lastReviewOn : approvedOn).plusYears(1);
    }

    public boolean reviewOverdue(LocalDate today) {
        LocalDate due = reviewDue();
        return due != null && today.isAfter(due);
    }
}
