package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8590: every child has at least one episode. */
final class Rule8590 extends CinRuleBase {

    Rule8590() {
        super("8590", "Child does not have a recorded CIN episode.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        java.util.Set<String> withEpisodes = t.cinDetails().stream().map(CinTables.CinDetails::laChildId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        for (CinTables.ChildIdentifiers c : t.childIdentifiers()) {
            if (!withEpisodes.contains(c.laChildId())) {
                found.add(finding(c.laChildId(), "CINdetails"));
            }
        }
        return found;
    }
}
