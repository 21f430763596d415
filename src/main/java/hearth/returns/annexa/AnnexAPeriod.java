package hearth.returns.annexa;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The period an Annex A covers: the twelve months up to and including the as-of date (Ofsted asks for the year
 * before the inspection). Named on the command line by {@code --as-of 2026-03-31}, or by {@code --year 2026} (as of
 * 31 March that year, as the returns page asks).
 */
record AnnexAPeriod(LocalDate asOf) {

    /** The first day of the period: the day after the same date a year earlier. */
    LocalDate from() {
        return asOf.minusYears(1).plusDays(1);
    }

    LocalDate to() {
        return asOf;
    }

    boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from()) && !day.isAfter(asOf);
    }

    /** Whether something running from {@code start} to {@code end} (null while open) was open in the period. */
    boolean overlaps(LocalDate start, LocalDate end) {
        return start != null && !start.isAfter(asOf) && (end == null || !end.isBefore(from()));
    }

    /** Reads {@code --as-of YYYY-MM-DD} or {@code --year YYYY}; anything else is a clear one-line error. */
    static AnnexAPeriod parse(List<String> options) {
        LocalDate asOf = null;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
            String value;
            if (option.contains("=")) {
                value = option.substring(option.indexOf('=') + 1);
            } else if (i + 1 < options.size() && !options.get(i + 1).startsWith("--")) {
                value = options.get(++i);
            } else {
                value = null;
            }
            switch (name) {
                case "--as-of" -> {
                    if (value == null || value.isBlank()) {
                        throw new IllegalArgumentException("--as-of needs a date, for example --as-of 2026-03-31.");
                    }
                    try {
                        asOf = LocalDate.parse(value.strip());
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("--as-of must be a date as YYYY-MM-DD, for example "
                                + "2026-03-31, not '" + value + "'.");
                    }
                }
                case "--year" -> {
                    if (value == null || !value.strip().matches("\\d{4}")) {
                        throw new IllegalArgumentException("--year must be a year, for example --year 2026.");
                    }
                    asOf = LocalDate.of(Integer.parseInt(value.strip()), 3, 31);
                }
                default -> throw new IllegalArgumentException("Annex A does not know the option '" + option
                        + "'; it takes --as-of YYYY-MM-DD.");
            }
        }
        if (asOf == null) {
            throw new IllegalArgumentException("Say the date the lists run to: --as-of YYYY-MM-DD.");
        }
        return new AnnexAPeriod(asOf);
    }
}
