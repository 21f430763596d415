package hearth.quality;

import java.time.LocalDate;

/** An action an audit sets: what, whose (the worker or their manager) and by when. */
public record NewAuditAction(String description, String owner, LocalDate dueOn) {
}
