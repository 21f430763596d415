package hearth.supervision;

import java.time.LocalDate;

/** A manager's oversight entry on a child's record; the manager is whoever records it. */
public record NewOversight(LocalDate recordedOn, String direction, String rationale, LocalDate nextReviewOn) {
}
