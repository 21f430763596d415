package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 168: the UPN is a valid UPN or an unknown code. */
final class Rule168 extends SsdaRuleBase {

    Rule168() {
        super("168", "Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, "
                + "UN3, UN4 or UN5.",
                "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.header(), r -> r.has("UPN") && !SsdaCodeSets.UPN_UNKNOWN.contains(r.text("UPN"))
                && !r.text("UPN").matches("[A-Z][0-9]{11}[0-9A-Z]"), "UPN");
    }
}
