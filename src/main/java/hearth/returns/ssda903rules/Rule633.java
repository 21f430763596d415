package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 633: LA_PERM is a three-digit LA code or NIR, NUK, SCO or WAL. */
final class Rule633 extends SsdaRuleBase {

    Rule633() {
        super("633", "Local authority code where previous permanence option was arranged is not a valid "
                + "value.",
                "PrevPerm");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.prevPerm(), r -> r.has("LA_PERM") && !r.text("LA_PERM").matches("[0-9]{3}")
                && !r.is("LA_PERM", "NIR", "NUK", "SCO", "WAL"), "LA_PERM");
    }
}
