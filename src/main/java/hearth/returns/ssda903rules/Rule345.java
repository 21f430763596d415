package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 345: a young person in touch has an activity and accommodation. */
final class Rule345 extends SsdaRuleBase {

    Rule345() {
        super("345", "The data collection record shows the local authority is in touch with this young "
                + "person, but activity and/or accommodation data items are zero.",
                "OC3");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc3(), r -> r.is("IN_TOUCH", "YES") && (r.is("ACTIV", "0") || r.is("ACCOM", "0")
                || anyBlank(r, "ACTIV", "ACCOM")), "ACTIV", "ACCOM");
    }
}
