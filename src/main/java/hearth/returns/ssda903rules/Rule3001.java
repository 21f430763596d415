package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 3001: a young person around their 17th birthday is not living with former foster carers. */
final class Rule3001 extends SsdaRuleBase {

    Rule3001() {
        super("3001", "Where care leavers information is being returned for a young person around their 17th "
                + "birthday, the accommodation cannot be with their former foster carer(s).",
                "Header", "OC3");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc3(), r -> r.is("ACCOM", "Z1", "Z2") && r.date("DOB") != null
                && t.inYear(r.date("DOB").plusYears(17)), "ACCOM");
    }
}
