package hearth.quality;

import java.time.LocalDate;
import java.util.UUID;

/** A panel's decision on one child, with the meeting it was made at. */
public record PanelDecisionView(UUID id, UUID meetingId, UUID childId, PanelKind kind, String panelName,
        LocalDate heldOn, String decision, String rationale, String actions, String recordedBy) {
}
