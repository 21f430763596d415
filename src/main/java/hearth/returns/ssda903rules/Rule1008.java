package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** A URN (other than XXXXXXX) that is not on the Ofsted list. */
final class Rule1008 extends SsdaOfstedRule {

    Rule1008() {
        super("1008", "Ofsted Unique Reference Number (URN) is not valid.", "Episodes", "Provider Info");
    }

    @Override
    List<Finding> look(SsdaTables t) {
        return withUrn(t, (r, p) -> p == null, "URN");
    }
}
