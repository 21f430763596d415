package hearth.work.web;

import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import hearth.timescales.Due;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One obligation as a work list shows it: the child (name hidden when the record is restricted from
 * the viewer, null when the record is gone), what is due and how late.
 */
public record WorkItem(ObligationView obligation, UUID childId, String childName, boolean restricted,
        long daysOverdue) {

    public String ruleNameKey() {
        return "timescale." + obligation.ruleId() + ".name";
    }

    /** The day the work was done, in London, or null while open. */
    public LocalDate metOn() {
        return obligation.metAt() == null ? null : LocalDate.ofInstant(obligation.metAt(), Due.LONDON);
    }

    /** GOV.UK tag colour for the state. */
    public String tagClass() {
        ObligationState state = obligation.state();
        return switch (state) {
            case OVERDUE, MET_LATE -> "govuk-tag--red";
            case DUE_SOON -> "govuk-tag--orange";
            case MET_ON_TIME -> "govuk-tag--green";
            default -> "govuk-tag--grey";
        };
    }

    int urgency() {
        return switch (obligation.state()) {
            case OVERDUE -> 0;
            case DUE_SOON -> 1;
            default -> 2;
        };
    }
}
