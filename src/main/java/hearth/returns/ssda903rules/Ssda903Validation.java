package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code ssda903}: the DfE's SSDA903 rules for the collection year run over a folder of the return's CSV tables (as
 * {@code export ssda903} writes them), so errors can be fixed before the return goes to DfE. The year is worked out
 * from the dates in the return unless {@code --year YYYY} gives it; {@code --as-of YYYY-MM-DD} marks an in-year
 * extract, judged as it stood that day; {@code --last DIR} names last year's return (a folder of the same tables), for
 * the rules comparing the two years, which are skipped without it.
 */
@Component
class Ssda903Validation implements ReturnValidation {

    private final SsdaReference reference;

    Ssda903Validation(SsdaReference reference) {
        this.reference = reference;
    }

    @Override
    public String name() {
        return "ssda903";
    }

    @Override
    public List<Finding> validate(Path in) throws IOException {
        return validate(in, List.of());
    }

    @Override
    public List<Finding> validate(Path in, List<String> options) throws IOException {
        Integer year = year(options);
        LocalDate asOf = asOf(options);
        Path lastFolder = last(options);
        SsdaTables tables;
        try {
            tables = new SsdaReader().read(in, year, asOf);
        } catch (SsdaReader.UnreadableReturn e) {
            return List.of(new Finding(null, "CSV", true, e.getMessage(), List.of()));
        }
        if (lastFolder != null) {
            try {
                tables = tables.withLast(new SsdaReader().read(lastFolder, tables.year() - 1));
            } catch (SsdaReader.UnreadableReturn e) {
                return List.of(new Finding(null, "CSV", true, "Last year's return: " + e.getMessage(), List.of()));
            }
        }
        return SsdaRuleSet.forYear(tables.year()).check(tables.withReference(SsdaReference.cached(reference)));
    }

    /**
     * One line for each kind of rule left out of this run: those comparing with last year's return when none is
     * given, and those reading the Ofsted provider list or the ONS postcode directory while it is not loaded.
     */
    @Override
    public List<String> notes(List<String> options) {
        Integer year = year(options);
        List<SsdaRule> rules = SsdaRuleSet.forYear(year == null ? 2026 : year).rules();
        List<String> notes = new java.util.ArrayList<>();
        boolean noLast = last(options) == null;
        if (noLast) {
            note(notes, "Not checked without last year's return (--last FOLDER): ", rules.stream()
                    .filter(r -> r instanceof SsdaLastYearRule || r instanceof SsdaPostcodeLastYearRule).toList());
        }
        if (!reference.providersLoaded()) {
            note(notes, "Not checked, the Ofsted provider list is not loaded (import ofsted-providers FILE.csv): ",
                    rules.stream().filter(r -> r instanceof SsdaOfstedRule).toList());
        } else if (!reference.postcodesLoaded()) {
            note(notes, "Not checked, the ONS postcode directory is not loaded (import postcodes FILE.csv): ",
                    rules.stream().filter(r -> r instanceof SsdaOfstedRule o && o.needsPostcodes()).toList());
        }
        if (!reference.postcodesLoaded()) {
            note(notes, "Not checked, the ONS postcode directory is not loaded (import postcodes FILE.csv): ",
                    rules.stream().filter(r -> r instanceof SsdaPostcodeRule
                            && !(noLast && r instanceof SsdaPostcodeLastYearRule)).toList());
        }
        return mergeSameStart(notes);
    }

    private static void note(List<String> notes, String why, List<SsdaRule> rules) {
        if (!rules.isEmpty()) {
            notes.add(why + String.join(", ", rules.stream().map(SsdaRule::code).toList()) + ".");
        }
    }

    /** Two lines for the same reason become one. */
    private static List<String> mergeSameStart(List<String> notes) {
        java.util.Map<String, String> byWhy = new java.util.LinkedHashMap<>();
        for (String n : notes) {
            String why = n.substring(0, n.indexOf(": ") + 2);
            String codes = n.substring(why.length(), n.length() - 1);
            byWhy.merge(why, codes, (a, b) -> a + ", " + b);
        }
        return byWhy.entrySet().stream().map(e -> e.getKey() + e.getValue() + ".").toList();
    }

    /** {@code --last DIR}: last year's return, a folder of its CSV tables; null when not given. */
    static Path last(List<String> options) {
        String value = option(options, "--last");
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("--last needs the folder of last year's return, e.g. --last "
                    + "ssda903-2025");
        }
        return Path.of(value);
    }

    static Integer year(List<String> options) {
        String value = option(options, "--year");
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{4}")) {
            throw new IllegalArgumentException("--year needs the year the collection ends, e.g. --year 2026, not "
                    + value);
        }
        return Integer.parseInt(value);
    }

    /** {@code --as-of YYYY-MM-DD}: the day an in-year extract was taken; null when not given. */
    static LocalDate asOf(List<String> options) {
        String value = option(options, "--as-of");
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of needs the day the extract was taken as YYYY-MM-DD, e.g. "
                    + "2026-11-23, not " + value);
        }
    }

    /** The last value given for {@code name} (as {@code name value} or {@code name=value}); unknown options refused. */
    private static String option(List<String> options, String name) {
        String found = null;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            String key = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
            if (!key.equals("--year") && !key.equals("--as-of") && !key.equals("--last")) {
                throw new IllegalArgumentException("Unknown option for the SSDA903 check: " + option
                        + " (use --year YYYY, the year the collection ends on 31 March, --as-of YYYY-MM-DD for"
                        + " an in-year extract, and --last DIR for last year's return)");
            }
            String value;
            if (option.contains("=")) {
                value = option.substring(option.indexOf('=') + 1);
            } else if (i + 1 < options.size()) {
                value = options.get(++i);
            } else {
                throw new IllegalArgumentException(option + " needs a value (--year YYYY, --as-of YYYY-MM-DD,"
                        + " --last DIR)");
            }
            if (key.equals(name)) {
                found = value;
            }
        }
        return found;
    }
}
