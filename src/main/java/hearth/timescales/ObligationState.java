package hearth.timescales;

import java.time.Instant;

/** Where an obligation stands at a moment. */
public enum ObligationState {
    UPCOMING,
    /** Open and due within 5 working days. */
    DUE_SOON,
    OVERDUE,
    MET_ON_TIME,
    MET_LATE,
    /** Voided with a reason, or closed because its clock restarted. */
    VOIDED;

    public boolean isOpen() {
        return this == UPCOMING || this == DUE_SOON || this == OVERDUE;
    }

    /** The state at {@code now} of an obligation with this due date, met at {@code metAt} (or not yet). */
    public static ObligationState at(Instant now, Due due, Instant metAt, boolean voided) {
        if (voided) {
            return VOIDED;
        }
        if (metAt != null) {
            return metAt.isBefore(due.overdueFrom()) ? MET_ON_TIME : MET_LATE;
        }
        if (!now.isBefore(due.overdueFrom())) {
            return OVERDUE;
        }
        return !now.isBefore(due.dueSoonFrom()) ? DUE_SOON : UPCOMING;
    }
}
