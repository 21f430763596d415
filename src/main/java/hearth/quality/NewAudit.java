package hearth.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A case audit as the auditor records it: the answer and comment to each question (by question id), the findings,
 * the overall grade and the actions.
 */
public record NewAudit(UUID programmeId, LocalDate auditedOn, Map<UUID, String> answers, Map<UUID, String> comments,
        String strengths, String improvements, Grade grade, List<NewAuditAction> actions) {
}
