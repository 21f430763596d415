package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code ssda903}: the DfE's SSDA903 rules for the collection year run over a folder of the return's CSV tables (as
 * {@code export ssda903} writes them), so errors can be fixed before the return goes to DfE. The year is worked out
 * from the dates in the return unless {@code --year YYYY} gives it.
 */
@Component
class Ssda903Validation implements ReturnValidation {

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
        SsdaTables tables;
        try {
            tables = new SsdaReader().read(in, year);
        } catch (SsdaReader.UnreadableReturn e) {
            return List.of(new Finding(null, "CSV", true, e.getMessage(), List.of()));
        }
        return SsdaRuleSet.forYear(tables.year()).check(tables);
    }

    static Integer year(List<String> options) {
        Integer year = null;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            String value;
            if (option.startsWith("--year=")) {
                value = option.substring("--year=".length());
            } else if (option.equals("--year") && i + 1 < options.size()) {
                value = options.get(++i);
            } else {
                throw new IllegalArgumentException("Unknown option for the SSDA903 check: " + option
                        + " (use --year YYYY, the year the collection ends on 31 March)");
            }
            if (!value.matches("\\d{4}")) {
                throw new IllegalArgumentException("--year needs the year the collection ends, e.g. --year 2026, not "
                        + value);
            }
            year = Integer.parseInt(value);
        }
        return year;
    }
}
