package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.List;

/** DfE rule 357: a child's first episode in the year starts a period of care (RNE S). */
final class Rule357 extends SsdaRuleBase {

    Rule357() {
        super("357", "If this is the first episode ever for this child, reason for new episode must be S. "
                + "Check whether there is an episode immediately preceding this one, which has been left "
                + "out. If not the reason for new episode code must be amended to S.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        List<Finding> found = new ArrayList<>();
        t.episodesByChild().forEach((child, list) -> {
            SsdaRow first = list.get(0);
            if (!before(first.date("DECOM"), t.start()) && first.date("DECOM") != null && !first.is("RNE", "S")) {
                found.add(finding(child, "RNE"));
            }
        });
        return found;
    }
}
