package hearth.earlyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A team-around-the-family review. */
public record ReviewView(UUID id, UUID episodeId, LocalDate heldOn, List<Attendee> attendees, String progress,
        ReviewDecision decision, String decisionNote, String recordedBy) {
}
