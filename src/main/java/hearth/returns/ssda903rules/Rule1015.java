package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;
import java.util.Objects;

/**
 * Own provision (PR1), not fostering, adoption or supported accommodation and not on short breaks, placed outside the
 * authority (by the placement postcode).
 */
final class Rule1015 extends SsdaPostcodeRule {

    Rule1015() {
        super("1015", "Placement provider is own provision but child not placed in own LA.", "Episodes");
    }

    @Override
    List<Finding> look(SsdaTables t) {
        return where(t.episodes(), r -> r.is("PLACE_PROVIDER", "PR1") && r.has("LS") && r.has("PLACE")
                && !r.is("PLACE", "A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6", "K3")
                && !r.is("LS", "V3", "V4") && !Objects.equals(la(t, r), t.reference().authority()), "PL_LA");
    }
}
