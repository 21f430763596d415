package hearth.childrenincare;

import java.time.LocalDate;
import java.util.UUID;

/** A looked after child's review as the IRO recorded it. */
public record CareReviewView(UUID id, UUID periodId, LocalDate date, String chairedBy, Participation participation,
        String childViews, String discussed, String decisions) {
}
