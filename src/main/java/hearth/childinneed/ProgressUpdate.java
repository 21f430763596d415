package hearth.childinneed;

import java.util.UUID;

/** Progress on one plan action: its status now and a note (the note may be null). */
public record ProgressUpdate(UUID actionId, ActionStatus status, String note) {
}
