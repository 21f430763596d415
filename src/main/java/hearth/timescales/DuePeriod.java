package hearth.timescales;

import java.time.LocalDate;

/** A period of due dates: from {@code from} (inclusive) to {@code to} (exclusive). */
public record DuePeriod(LocalDate from, LocalDate to) {

    public DuePeriod {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("A period runs from a date to a later one");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && date.isBefore(to);
    }
}
