package hearth.returns.ssda903;

import java.time.LocalDate;
import java.util.List;

/**
 * The SSDA903 collection year: {@code --year 2026} is the year ending 31 March 2026, so the period 1 April 2025 to
 * 31 March 2026 (the DfE's {@code collectionYear}).
 */
record SsdaYear(int year, LocalDate from, LocalDate to) {

    static SsdaYear of(int year) {
        return new SsdaYear(year, LocalDate.of(year - 1, 4, 1), LocalDate.of(year, 3, 31));
    }

    /** Reads {@code --year YYYY} from the options; anything else is refused with a clear message. */
    static SsdaYear parse(List<String> options) {
        Integer year = null;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            String value;
            if (option.startsWith("--year=")) {
                value = option.substring("--year=".length());
            } else if (option.equals("--year") && i + 1 < options.size()) {
                value = options.get(++i);
            } else {
                throw new IllegalArgumentException("Unknown option for the SSDA903 return: " + option
                        + " (use --year YYYY, the year the collection ends on 31 March)");
            }
            if (!value.matches("\\d{4}") || Integer.parseInt(value) < 2024 || Integer.parseInt(value) > 2100) {
                throw new IllegalArgumentException("--year needs the year the collection ends, e.g. --year 2026, not "
                        + value);
            }
            year = Integer.parseInt(value);
        }
        if (year == null) {
            throw new IllegalArgumentException("The SSDA903 return needs --year YYYY (e.g. --year 2026 for 1 April 2025"
                    + " to 31 March 2026)");
        }
        return of(year);
    }

    boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }
}
