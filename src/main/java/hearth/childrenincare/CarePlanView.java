package hearth.childrenincare;

import java.time.LocalDate;
import java.util.UUID;

/** A care plan (or a revision of it) agreed on {@code date}; {@code permanencePlan} null until one is set. */
public record CarePlanView(UUID id, UUID periodId, LocalDate date, PermanencePlan permanencePlan, String summary,
        String recordedBy) {
}
