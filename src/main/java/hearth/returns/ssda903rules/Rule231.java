package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** DfE rule 231: an unaccompanied asylum-seeking child (in the UASC table) is 11 or over at 31 March. */
final class Rule231 extends SsdaRuleBase {

    Rule231() {
        super("231", "We expect that unaccompanied asylum seeking children are generally older young "
                + "people. Please check the date of birth is correct. If the date of birth is correct "
                + "then please provide details in a bypass request.",
                "Header", "UASC");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        Set<String> uasc = new HashSet<>();
        t.uasc().forEach(r -> uasc.add(r.child()));
        return where(t.header(), r -> uasc.contains(r.child())
                && after(r.date("DOB"), t.end().minusYears(11)), "DOB");
    }
}
