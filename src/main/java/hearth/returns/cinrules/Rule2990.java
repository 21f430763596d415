package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 2990: an episode closed RC8 or RC9 has no CIN plan, section 47 or child protection plan. */
final class Rule2990 extends CinRuleBase {

    Rule2990() {
        super("2990", "Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or 'case closed after assessment, referred to early help'.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinDetails d : t.cinDetails()) {
            if (("RC8".equals(d.reasonForClosure()) || "RC9".equals(d.reasonForClosure()))
                    && (EpisodeActivity.plans(t, d) + EpisodeActivity.enquiries(t, d)
                            + EpisodeActivity.protectionPlans(t, d) > 0)) {
                found.add(finding(d.laChildId(), "ReasonForClosure", "CINPlanDates", "Section47",
                        "ChildProtectionPlans"));
            }
        }
        return found;
    }
}
