package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 331: the match is not after the placement for adoption. */
final class Rule331 extends SsdaRuleBase {

    Rule331() {
        super("331", "Date of matching child and adopter(s) should be the same as, or prior to, the date of "
                + "placement of adoption.",
                "AD1", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(),
                r -> t.episodesOf(r.child()).stream().filter(e -> SsdaCodeSets.ADOPTION_PLACEMENTS.contains(e.text("PLACE")))
                .findFirst().map(e -> after(r.date("DATE_MATCH"), e.date("DECOM"))).orElse(false), "DATE_MATCH");
    }
}
