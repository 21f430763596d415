package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 582: the adoption is not on the day of the match. */
final class Rule582 extends SsdaRuleBase {

    Rule582() {
        super("582", "Child is showing as ceasing to be looked after due to adoption, but the date of "
                + "adoption is the same as the date reported for being matched with adopters. In most "
                + "circumstances the date of adoption will be later than the date of matching.",
                "AD1", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(), r -> r.date("DATE_MATCH") != null && t.episodesOf(r.child()).stream()
                .anyMatch(e -> e.is("REC", "E11", "E12") && r.date("DATE_MATCH").equals(e.date("DEC"))), "DATE_MATCH");
    }
}
