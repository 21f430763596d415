package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.List;

/** DfE rule 353: no episode starts before 14 October 1991. */
final class Rule353 extends SsdaRuleBase {

    Rule353() {
        super("353", "No episode submitted can start before 14 October 1991.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> before(r.date("DECOM"), LocalDate.of(1991, 10, 14)), "DECOM");
    }
}
