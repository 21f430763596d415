package hearth.recording;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a worker writes in a case note: when the event happened, what kind it was, and who should be alerted. */
public record NewNote(UUID childId, NoteType type, Instant occurredAt, boolean significant, String body,
        List<String> alertUsers) {

    public NewNote {
        alertUsers = alertUsers == null ? List.of() : List.copyOf(alertUsers);
    }
}
