package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/**
 * For a placement in a children's home, secure unit or residential setting (K1, K2, R3, S1) not on short breaks, the
 * placement postcode is the provider's on the Ofsted list.
 */
final class Rule221 extends SsdaOfstedRule {

    Rule221() {
        super("221", "The Ofsted Unique reference number (URN) provided for the child's placement does not match the"
                + " placement postcode provided.", "Episodes", "Provider Info");
    }

    @Override
    List<Finding> look(SsdaTables t) {
        return withUrn(t, (r, p) -> !r.is("LS", "V3", "V4") && r.is("PLACE", "K1", "K2", "R3", "S1")
                && r.has("PL_POST") && (p == null || p.postcode() == null
                || !SsdaReference.postcodeKey(r.text("PL_POST")).equals(SsdaReference.postcodeKey(p.postcode()))),
                "PL_POST");
    }
}
