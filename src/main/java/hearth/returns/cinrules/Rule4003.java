package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 4003: no child protection review while a CIN plan is open. */
final class Rule4003 extends CinRuleBase {

    Rule4003() {
        super("4003", "A CPP review date is shown as being held at the same time as an open CIN Plan.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.Review r : t.reviews()) {
            for (CinTables.CinPlanDates p : t.cinPlanDates()) {
                if (CinTables.eq(p.laChildId(), r.laChildId()) && r.reviewDate() != null && p.startDate() != null
                        && r.reviewDate().isAfter(p.startDate())
                        && (p.endDate() == null || r.reviewDate().isBefore(p.endDate()))) {
                    found.add(finding(r.laChildId(), "CPPreviewDate", "CINPlanStartDate", "CINPlanEndDate"));
                }
            }
        }
        return found;
    }
}
