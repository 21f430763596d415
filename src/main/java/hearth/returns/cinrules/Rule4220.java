package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 4220: ethnicity is one of the census codes. */
final class Rule4220 extends CinRuleBase {

    Rule4220() {
        super("4220", "Ethnicity is missing or invalid (see Ethnicity table)");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        Map<String, String> ethnicity = new java.util.HashMap<>();
        t.childCharacteristics().forEach(c -> ethnicity.put(c.laChildId(), c.ethnicity()));
        for (CinTables.ChildIdentifiers c : t.childIdentifiers()) {
            String code = ethnicity.get(c.laChildId());
            if (code == null || !CinCodeSets.ETHNICITY.contains(code)) {
                found.add(finding(c.laChildId(), "Ethnicity"));
            }
        }
        return found;
    }
}
