package hearth.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A panel meeting, who sat and the decisions it made on each child. */
public record PanelMeetingView(UUID id, PanelKind kind, String name, LocalDate heldOn, String chair, String members,
        String recordedBy, List<PanelDecisionView> decisions) {
}
