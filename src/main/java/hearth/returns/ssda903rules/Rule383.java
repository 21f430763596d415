package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.List;

/** DfE rule 383: a temporary placement is followed by the placement before it. */
final class Rule383 extends SsdaRuleBase {

    Rule383() {
        super("383", "A child in a temporary placement must subsequently return to his/her normal "
                + "placement.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        List<Finding> found = new ArrayList<>();
        t.episodesByChild().forEach((child, list) -> {
            for (int i = 1; i + 1 < list.size(); i++) {
                SsdaRow before = list.get(i - 1);
                SsdaRow after = list.get(i + 1);
                if (SsdaCodeSets.TEMPORARY.contains(list.get(i).text("PLACE"))
                        && (!before.text("PLACE").equals(after.text("PLACE"))
                                || !before.text("PL_POST").equals(after.text("PL_POST")))) {
                    found.add(finding(child, "PLACE"));
                }
            }
        });
        return found;
    }
}
