package hearth.timescales;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An obligation as contexts see it, with its state worked out at a given instant. */
public record ObligationView(UUID id, UUID subjectId, String ruleId, Deadline deadline, Instant startedAt,
        String startEvent, Due due, String responsible, ObligationState state, Instant metAt, String metEvent,
        int daysLate, String delayReason, UUID previousId) {

    public LocalDate dueDate() {
        return due.date();
    }

    /** The "why is this due" page for this obligation. */
    public String whyDueHref() {
        return TimescaleLinks.whyDue(ruleId, LocalDate.ofInstant(startedAt, Due.LONDON), startEvent);
    }
}
