package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 165: MOTHER is 0 or 1, only for girls, and completed for girls looked after in the year. */
final class Rule165 extends SsdaRuleBase {

    Rule165() {
        super("165", "Data entry for mother status is invalid.", "Episodes", "Header", "OC3");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.header(), r -> invalid(r, "MOTHER", SsdaCodeSets.ZERO_ONE) || (r.has("MOTHER")
                && r.is("SEX", "M"))
                || (r.is("SEX", "F") && r.blank("MOTHER") && t.episodesOf(r.child()).stream()
                        .anyMatch(e -> !e.is("LS", "V3", "V4") && !before(e.date("DEC"), t.start()))), "MOTHER");
    }
}
