package hearth.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The day, month and year boxes of a GOV.UK date input, read into a date or a reason it is not one. */
public record DateParts(String day, String month, String year) {

    public enum Problem { MISSING, INCOMPLETE, NOT_A_NUMBER, NOT_REAL }

    public static DateParts of(LocalDate date) {
        return date == null ? new DateParts("", "", "")
                : new DateParts(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    public boolean blank() {
        return isBlank(day) && isBlank(month) && isBlank(year);
    }

    /** The problem with these parts, or null when they make a real date. */
    public Problem problem() {
        if (blank()) {
            return Problem.MISSING;
        }
        if (isBlank(day) || isBlank(month) || isBlank(year)) {
            return Problem.INCOMPLETE;
        }
        if (!day.strip().matches("\\d{1,2}") || !month.strip().matches("\\d{1,2}") || !year.strip().matches("\\d{4}")) {
            return Problem.NOT_A_NUMBER;
        }
        try {
            toDate();
            return null;
        } catch (DateTimeException e) {
            return Problem.NOT_REAL;
        }
    }

    public LocalDate toDate() {
        return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
