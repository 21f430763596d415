package hearth.court;

import java.time.LocalDate;
import java.util.UUID;

/** A pre-proceedings meeting or review. */
public record MeetingView(UUID id, UUID preProceedingsId, MeetingKind kind, LocalDate date, String attendees,
        String progress, String recordedBy) {
}
