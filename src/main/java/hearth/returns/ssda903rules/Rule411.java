package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** A placement inside the authority (IN) whose placement authority is not the authority's own. */
final class Rule411 extends SsdaPostcodeRule {

    Rule411() {
        super("411", "Placement location code disagrees with LA of placement.", "Episodes");
    }

    @Override
    List<Finding> look(SsdaTables t) {
        return where(t.episodes(), r -> "IN".equals(location(t, r))
                && !java.util.Objects.equals(la(t, r), t.reference().authority()), "PL_LOCATION");
    }
}
