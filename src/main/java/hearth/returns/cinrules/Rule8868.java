package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8868: a closed episode's enquiries are finished. */
final class Rule8868 extends CinRuleBase {

    Rule8868() {
        super("8868", "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinDetails d : t.cinDetails()) {
            if (d.closureDate() != null && t.section47().stream().anyMatch(s ->
                    EpisodeActivity.same(d, s.laChildId(), s.cinDetailsId()) && s.dateOfInitialCpc() == null
                            && !s.icpcNotNeeded())) {
                found.add(finding(d.laChildId(), "CINclosureDate", "DateOfInitialCPC", "ICPCnotRequired"));
            }
        }
        return found;
    }
}
