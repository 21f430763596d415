package hearth.childrenincare;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The independent reviewing officer {@code chairedBy} (a username) held a looked after child's review on
 * {@code date}. {@code participation} is the SSDA903 participation code (PN0 to PN7); {@code childViews} is what the
 * child said, in their own words; {@code discussed} and {@code decisions} are what the review talked about and
 * decided, as recorded by the IRO.
 */
public record CareReviewHeld(UUID childId, UUID periodId, UUID reviewId, LocalDate date, String chairedBy,
        String participation, String childViews, String discussed, String decisions) {
}
