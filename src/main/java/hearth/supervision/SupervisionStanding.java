package hearth.supervision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where a worker's personal supervision stands on a day: the last one (null when none is recorded), when the next is
 * due at their frequency (newly qualified staff more often), and how many days it is overdue (0 when not).
 */
public record SupervisionStanding(String worker, String workerName, UUID teamId, String teamName, String supervisor,
        LocalDate lastOn, LocalDate dueOn, boolean newlyQualified, long daysOverdue) {

    public boolean overdue() {
        return daysOverdue > 0;
    }

    public boolean neverSupervised() {
        return lastOn == null;
    }

    /** GOV.UK tag colour for the state. */
    public String tagClass() {
        return overdue() ? "govuk-tag--red" : neverSupervised() ? "govuk-tag--yellow" : "govuk-tag--green";
    }

    /** Message key for the state. */
    public String stateKey() {
        return overdue() ? "supervision.state.overdue" : neverSupervised() ? "supervision.state.none"
                : "supervision.state.onTime";
    }
}
