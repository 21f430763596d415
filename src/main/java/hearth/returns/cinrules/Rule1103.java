package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 1103: an assessment starts on or after its referral. */
final class Rule1103 extends CinRuleBase {

    Rule1103() {
        super("1103", "The assessment start date cannot be before the referral date");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.Assessment a : t.assessments()) {
            CinTables.CinDetails d = t.episode(a.laChildId(), a.cinDetailsId());
            if (d != null && before(a.startDate(), d.referralDate())) {
                found.add(finding(a.laChildId(), "AssessmentActualStartDate", "CINreferralDate"));
            }
        }
        return found;
    }
}
