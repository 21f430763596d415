package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 580: a child missing when they left care left with reason E8. */
final class Rule580 extends SsdaRuleBase {

    Rule580() {
        super("580", "Child is missing when cease being looked after but reason episode ceased not ‘E8’.",
                "Episodes", "Missing");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.missing(), r -> t.lastEpisode(r.child()) != null && !t.lookedAfterAtEnd(r.child())
                && r.blank("MIS_END")
                && r.date("MIS_START") != null && !t.lastEpisode(r.child()).is("REC", "E8"), "MIS_END");
    }
}
