package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 620: a mother is at least 11 at the start of the year. */
final class Rule620 extends SsdaRuleBase {

    Rule620() {
        super("620", "Child has been recorded as a mother, but date of birth shows that the mother is under "
                + "11 years of age.",
                "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.header(), r -> r.is("MOTHER", "1") && r.date("DOB") != null
                && r.date("DOB").plusYears(11).isAfter(t.start()), "MOTHER", "DOB");
    }
}
