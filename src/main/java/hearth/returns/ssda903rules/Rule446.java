package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.List;

/** DfE rule 446: E1 (placement order) only for episodes from December 2005. */
final class Rule446 extends SsdaRuleBase {

    Rule446() {
        super("446", "E1 is not a valid code for episodes starting before December 2005.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("LS", "E1") && before(r.date("DECOM"), LocalDate.of(2005, 12, 1)), "LS");
    }
}
