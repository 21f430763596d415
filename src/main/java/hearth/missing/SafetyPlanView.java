package hearth.missing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A safety plan with its reviews (latest first) and when the next review is due while it is open. */
public record SafetyPlanView(UUID id, UUID childId, LocalDate agreedOn, String plan, LocalDate endedOn,
        LocalDate nextReviewDue, List<Review> reviews, String recordedBy, long version) {

    public boolean open() {
        return endedOn == null;
    }

    /** One review of the plan. */
    public record Review(UUID id, LocalDate reviewedOn, String notes, boolean continues, String recordedBy) {
    }
}
