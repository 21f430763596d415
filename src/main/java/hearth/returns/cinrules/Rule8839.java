package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8839: at most one open enquiry (no conference and not marked as needing none) per episode. */
final class Rule8839 extends CinRuleBase {

    Rule8839() {
        super("8839", "Within one CINDetails group there are 2 or more open S47 Assessments");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        Map<Integer, List<CinTables.Section47>> open = t.section47().stream()
                .filter(s -> s.dateOfInitialCpc() == null && !s.icpcNotNeeded())
                .collect(Collectors.groupingBy(CinTables.Section47::cinDetailsId));
        open.values().forEach(list -> {
            if (list.size() > 1) {
                found.add(finding(list.get(0).laChildId(), "DateOfInitialCPC", "ICPCnotRequired"));
            }
        });
        return found;
    }
}
