package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 503D: the first episode's placement type is that of the episode open at the end of last year (H5,
 * semi-independent living, may have become K3, supported accommodation). */
final class Rule503D extends SsdaLastYearRule {

    Rule503D() {
        super("503D", "The placement type in the first episode does not match open episode at end of last year",
                "Episodes", "Episodes_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        return firstDiffersFromOpen(now, last, "PLACE");
    }

    @Override
    boolean differs(SsdaRow first, SsdaRow open, String column) {
        return super.differs(first, open, column) && !(first.is(column, "K3") && open.is(column, "H5"));
    }
}
