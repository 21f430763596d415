package hearth.quality;

import java.time.LocalDate;
import java.util.UUID;

/** An auditor graded a child's record. */
public record CaseAudited(UUID childId, UUID auditId, Grade grade, String auditor, LocalDate auditedOn) {
}
