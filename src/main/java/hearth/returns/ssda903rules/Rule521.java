package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 521: the should-be-placed decision is not after the placement for adoption. */
final class Rule521 extends SsdaRuleBase {

    Rule521() {
        super("521", "Date of local authority's decision (LA) that adoption is in the best interests of the "
                + "child (date should be placed) must be on or prior to the date the child is placed for "
                + "adoption.",
                "AD1", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(),
                r -> t.episodesOf(r.child()).stream().filter(e -> SsdaCodeSets.ADOPTION_PLACEMENTS.contains(e.text("PLACE")))
                .findFirst().map(e -> after(r.date("DATE_INT"), e.date("DECOM"))).orElse(false), "DATE_INT");
    }
}
