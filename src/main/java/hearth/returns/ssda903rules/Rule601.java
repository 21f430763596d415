package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** DfE rule 601: a child adopted in the year has the AD1 items. */
final class Rule601 extends SsdaRuleBase {

    Rule601() {
        super("601", "The additional fields relating to adoption have not been completed although the "
                + "episode data shows that the child was adopted during the year.",
                "AD1", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        Map<String, SsdaRow> ad1 = new HashMap<>();
        t.ad1().forEach(r -> ad1.putIfAbsent(r.child(), r));
        return where(t.episodes(), e -> e.is("REC", "E11", "E12") && t.inYear(e.date("DEC"))
                && (!ad1.containsKey(e.child()) || anyBlank(ad1.get(e.child()), "DATE_INT", "DATE_MATCH", "FOSTER_CARE",
                        "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")), "REC");
    }
}
