package hearth.timescales;

import java.time.LocalDate;
import java.util.UUID;

/** One decided obligation (met, or overdue) for timeliness measures: whose it is, when it fell due, met on time. */
public record DecidedObligation(UUID subjectId, LocalDate dueDate, boolean metOnTime) {
}
