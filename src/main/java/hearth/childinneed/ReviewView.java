package hearth.childinneed;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A child in need review as recorded, with the progress on each action it recorded. */
public record ReviewView(UUID id, UUID episodeId, LocalDate date, List<Attendee> attendees, String childViews,
        ReviewDecision decision, String recordedBy, List<PlanView.Progress> progress) {
}
