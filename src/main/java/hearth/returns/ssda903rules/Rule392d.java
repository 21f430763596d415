package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 392d: home and placement postcodes differ unless placed with parents. */
final class Rule392d extends SsdaRuleBase {

    Rule392d() {
        super("392d", "Home and placement postcodes should not be same unless the placement type is P1.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.has("HOME_POST")
                && r.text("HOME_POST").replace(" ", "").equalsIgnoreCase(r.text("PL_POST").replace(" ", ""))
                && !r.is("PLACE", "P1"), "HOME_POST", "PL_POST");
    }
}
