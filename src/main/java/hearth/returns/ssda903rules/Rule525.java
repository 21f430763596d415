package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 525: no adoption in the year after the decision was reversed. */
final class Rule525 extends SsdaRuleBase {

    Rule525() {
        super("525", "A child for whom the decision to be placed for adoption has been reversed cannot be "
                + "adopted during the year.",
                "AD1", "PlacedAdoption");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(), r -> t.placedAdoption().stream().anyMatch(p -> p.child().equals(r.child())
                && p.has("DATE_PLACED_CEASED"))
                && t.placedAdoption().stream().filter(p -> p.child().equals(r.child())).allMatch(p -> p.has("DATE_PLACED_CEASED")), "CHILD");
    }
}
