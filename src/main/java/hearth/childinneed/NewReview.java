package hearth.childinneed;

import java.time.LocalDate;
import java.util.List;

/** A child in need review as recorded: who came, progress on each action, the child's views, the decision. */
public record NewReview(LocalDate date, List<Attendee> attendees, List<ProgressUpdate> progress, String childViews,
        ReviewDecision decision) {
}
