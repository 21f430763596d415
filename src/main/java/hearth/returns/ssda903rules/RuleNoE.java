package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;
import java.util.Set;

/** DfE check NoE: a child with an episode that began before this year has episodes in last year's return. */
final class RuleNoE extends SsdaLastYearRule {

    RuleNoE() {
        super("NoE", "This child has no episodes loaded for previous year even though child started to be looked "
                + "after before this current year.",
                "Episodes", "Episodes_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        Set<String> before = last.childrenWithEpisodes();
        return where(now.episodes(), r -> before(r.date("DECOM"), now.start()) && !before.contains(r.child()),
                "DECOM");
    }
}
