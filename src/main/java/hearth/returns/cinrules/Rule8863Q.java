package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8863Q: a child's assessments do not overlap. */
final class Rule8863Q extends CinRuleBase {

    Rule8863Q() {
        super("8863Q", "An Assessment is shown as starting when there is another Assessment ongoing.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        List<CinTables.Assessment> all = t.assessments();
        for (CinTables.Assessment a : all) {
            for (CinTables.Assessment b : all) {
                if (a != b && CinTables.eq(a.laChildId(), b.laChildId()) && a.startDate() != null
                        && b.startDate() != null && !b.startDate().isBefore(a.startDate())
                        && (a.authorisationDate() == null || b.startDate().isBefore(a.authorisationDate()))
                        && (b.startDate().isAfter(a.startDate()) || a.assessmentId() < b.assessmentId())) {
                    found.add(finding(b.laChildId(), "AssessmentActualStartDate", "AssessmentAuthorisationDate"));
                }
            }
        }
        return found;
    }
}
