package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;
import java.util.Set;

/** A child UASC this year or last whose distance from home can be worked out (it should be blank). */
final class Rule406 extends SsdaPostcodeRule {

    Rule406() {
        super("406", "Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should be"
                + " blank. [NOTE: This check will result in false negatives for children formerly UASC not identified"
                + " as such in loaded data]", "Episodes");
    }

    @Override
    List<Finding> look(SsdaTables t) {
        Set<String> uasc = SsdaPlacementPlace.uascEither(t);
        return where(t.episodes(), r -> uasc.contains(r.child()) && distance(t, r) != null, "PL_DISTANCE");
    }
}
