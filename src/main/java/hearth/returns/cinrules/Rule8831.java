package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8831: a referral with no further action has no assessment, plan, enquiry or conference. */
final class Rule8831 extends CinRuleBase {

    Rule8831() {
        super("8831", "Activity is recorded against a case marked as a referral with no further action");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinDetails d : t.cinDetails()) {
            if (d.nfa() && (d.dateOfInitialCpc() != null || EpisodeActivity.assessments(t, d)
                    + EpisodeActivity.plans(t, d) + EpisodeActivity.enquiries(t, d)
                    + EpisodeActivity.protectionPlans(t, d) > 0)) {
                found.add(finding(d.laChildId(), "ReferralNFA", "Assessments", "CINPlanDates", "Section47",
                        "ChildProtectionPlans", "DateOfInitialCPC"));
            }
        }
        return found;
    }
}
