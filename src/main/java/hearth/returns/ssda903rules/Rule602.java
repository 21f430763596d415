package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 602: an AD1 row only for a child whose episodes show adoption in the year. */
final class Rule602 extends SsdaRuleBase {

    Rule602() {
        super("602", "The episode data submitted for this child does not show that he/she was adopted "
                + "during the year.",
                "AD1", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(), r -> t.episodesOf(r.child()).stream().noneMatch(e -> e.is("REC", "E11", "E12")
                && t.inYear(e.date("DEC"))), "CHILD");
    }
}
