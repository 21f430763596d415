package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 391: a care leaver was 17 to 21 at some time in the year. */
final class Rule391 extends SsdaRuleBase {

    Rule391() {
        super("391", "Young person was not 17, 18, 19, 20 or 21 during the current collection year.", "OC3");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc3(), r -> r.date("DOB") != null && (r.date("DOB").plusYears(17).isAfter(t.end())
                || !r.date("DOB").plusYears(22).isAfter(t.start())), "DOB");
    }
}
