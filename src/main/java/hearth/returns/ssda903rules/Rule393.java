package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 393: a girl looked after (not only on short breaks) has MOTHER completed. */
final class Rule393 extends SsdaRuleBase {

    Rule393() {
        super("393", "Child is looked after but mother field is not completed.", "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.header(), r -> r.is("SEX", "F") && r.blank("MOTHER")
                && t.episodesOf(r.child()).stream().anyMatch(e -> !e.is("LS", "V3", "V4")), "MOTHER");
    }
}
