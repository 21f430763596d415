package hearth.performance.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Names months the way the performance pages show them ("March 2026"); templates reach it as {@code monthNames}. */
public final class MonthNames {

    static final MonthNames INSTANCE = new MonthNames();
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private MonthNames() {
    }

    public String of(YearMonth month) {
        return month == null ? "" : LONG.format(month);
    }
}
