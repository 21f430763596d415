package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** A distance from home over 350 miles (other than 999.9). */
final class Rule454 extends SsdaPostcodeRule {

    Rule454() {
        super("454", "Placement distance from home is over 350 miles. [NOTE: This check will result in false positives"
                + " for children formerly UASC not identified as such in loaded data]", "Episodes");
    }

    @Override
    List<Finding> look(SsdaTables t) {
        return where(t.episodes(), r -> {
            Double miles = distance(t, r);
            return miles != null && miles > 350 && miles != 999.9;
        }, "PL_DISTANCE");
    }
}
