package hearth.quality;

import java.time.LocalDate;
import java.util.UUID;

/** A panel decided on a child it discussed. */
public record PanelDecisionRecorded(UUID childId, UUID decisionId, UUID meetingId, PanelKind kind, String panelName,
        LocalDate heldOn, String decision) {
}
