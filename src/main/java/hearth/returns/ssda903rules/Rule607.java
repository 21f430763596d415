package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 607: a girl who left care in the year has MOTHER completed. */
final class Rule607 extends SsdaRuleBase {

    Rule607() {
        super("607", "Child ceased to be looked after in the year, but mother field has not been completed.",
                "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.header(), r -> {
            SsdaRow last = t.lastEpisode(r.child());
            return r.is("SEX", "F") && r.blank("MOTHER") && last != null && t.inYear(last.date("DEC"))
                    && !last.is("REC", "X1") && !last.is("LS", "V3", "V4");
        }, "MOTHER");
    }
}
