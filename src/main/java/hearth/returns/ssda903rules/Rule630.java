package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** DfE rule 630: a child starting care in the year has previous permanence information. */
final class Rule630 extends SsdaRuleBase {

    Rule630() {
        super("630", "Information on previous permanence option should be returned.", "Episodes", "PrevPerm");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        Map<String, SsdaRow> prev = new HashMap<>();
        t.prevPerm().forEach(r -> prev.putIfAbsent(r.child(), r));
        return where(t.episodes(), e -> e.is("RNE", "S") && !before(e.date("DECOM"), t.start())
                && e.date("DECOM") != null
                && (!prev.containsKey(e.child()) || prev.get(e.child()).blank("PREV_PERM")
                        || (!prev.get(e.child()).is("PREV_PERM", "Z1")
                                && anyBlank(prev.get(e.child()), "LA_PERM", "DATE_PERM"))),
                "RNE");
    }
}
