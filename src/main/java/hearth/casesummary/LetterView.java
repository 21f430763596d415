package hearth.casesummary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A letter from the independent reviewing officer to the child after a review. */
public record LetterView(UUID id, UUID childId, UUID reviewId, LocalDate reviewDate, String chairedBy, String body,
        LetterStatus status, Instant draftedAt, String editedBy, Instant editedAt, String finalisedBy,
        Instant finalisedAt, long version) {

    public boolean isFinal() {
        return status == LetterStatus.FINAL;
    }
}
