package hearth.returns.cinrules;

import hearth.returns.ReturnValidation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code cin-census}: the DfE's CIN census rules (the 2025-26 {@link CinRuleSet}) run over a census XML file, so
 * errors can be fixed before the return goes to DfE COLLECT.
 */
@Component
class CinCensusValidation implements ReturnValidation {

    private final CinRuleSet rules;

    CinCensusValidation() {
        this(CinRuleSet.CIN2025_26);
    }

    CinCensusValidation(CinRuleSet rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return "cin-census";
    }

    @Override
    public List<Finding> validate(Path in) throws IOException {
        CinTables tables;
        try (InputStream stream = Files.newInputStream(in)) {
            tables = new CinCensusReader().read(stream);
        } catch (CinCensusReader.UnreadableCensus e) {
            return List.of(new Finding(null, "XML", true, e.getMessage(), List.of()));
        }
        return rules.check(tables);
    }
}
