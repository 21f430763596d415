package hearth.missing;

import java.time.LocalDate;
import java.util.UUID;

/** A safety plan for risk outside the home was agreed; its reviews fall due. */
public record SafetyPlanAgreed(UUID childId, UUID planId, LocalDate agreedOn) {
}
