package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DfE rule 205B: a child recorded as UASC in both years had last year's date UASC ceased on their 18th birthday, and
 * this year's is in this year or the same as last year's.
 */
final class Rule205B extends SsdaLastYearRule {

    Rule205B() {
        super("205B", "Child previously identified as UASC is also UASC this year, but date UASC ceased in both years "
                + "does not support this.",
                "Header", "Header_last", "UASC", "UASC_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        Map<String, List<SsdaRow>> before = last.byChild(last.uasc());
        List<Finding> found = new ArrayList<>();
        for (SsdaRow r : now.uasc()) {
            for (SsdaRow b : before.getOrDefault(r.child(), List.of())) {
                LocalDate dob = now.dob(r.child()) != null ? now.dob(r.child()) : r.date("DOB");
                LocalDate eighteen = dob == null ? null : dob.plusYears(18);
                boolean lastIs18th = eighteen != null && eighteen.equals(b.date("DUC"));
                boolean nowFits = now.inYear(r.date("DUC")) || (r.date("DUC") != null
                        && r.date("DUC").equals(b.date("DUC")));
                if (!lastIs18th || !nowFits) {
                    found.add(finding(r.child(), "DUC"));
                    break;
                }
            }
        }
        return found;
    }
}
