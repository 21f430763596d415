package hearth.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An assessment as other contexts and pages see it. {@code factors} are those recorded so far; they count as
 * identified at assessment (CIN census) only once the assessment is completed: see {@link #censusFactors()}.
 */
public record AssessmentView(UUID id, UUID childId, UUID referralId, LocalDate referralDate, AssessmentStatus status,
        LocalDate startDate, String startedBy, List<AssessmentFactor> factors, AssessmentOutcome outcome,
        String analysis, LocalDate completedOn, String delayReason, String submittedBy, Instant submittedAt,
        String authorisedBy, Instant authorisedAt, String returnReason, String returnedBy, Instant returnedAt,
        UUID obligationId, String allocatedTo, LocalDate allocatedOn, UUID firstVisitObligationId,
        LocalDate firstVisitOn, Integer firstVisitDaysLate, long version) {

    public boolean open() {
        return status.isOpen();
    }

    public boolean authorised() {
        return status == AssessmentStatus.AUTHORISED;
    }

    /** Factors present only for a completed (authorised) assessment (CIN census rule 8614). */
    public List<AssessmentFactor> censusFactors() {
        return authorised() ? factors : List.of();
    }

    /** The first visit after allocation came later than the local standard. */
    public boolean firstVisitLate() {
        return firstVisitDaysLate != null && firstVisitDaysLate > 0;
    }
}
