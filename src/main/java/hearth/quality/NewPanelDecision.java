package hearth.quality;

import java.util.UUID;

/** A panel's decision on a child: what, why and what happens next. */
public record NewPanelDecision(UUID childId, String decision, String rationale, String actions) {
}
