package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 2883: each plan starting in the census year follows a conference in that episode in the census year. */
final class Rule2883 extends CinRuleBase {

    Rule2883() {
        super("2883", "There are more child protection plans starting than initial conferences taking place");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinDetails d : t.cinDetails()) {
            long plans = t.childProtectionPlans().stream().filter(p ->
                    EpisodeActivity.same(d, p.laChildId(), p.cinDetailsId()) && t.inCensusYear(p.startDate())).count();
            long conferences = Conferences.of(t, d).stream().filter(t::inCensusYear).count();
            if (plans > conferences) {
                found.add(finding(d.laChildId(), "CPPstartDate", "DateOfInitialCPC"));
            }
        }
        return found;
    }
}
