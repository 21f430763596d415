package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** The URN's provider is not recorded with this placement provider code on the Ofsted list. */
final class Rule224 extends SsdaOfstedRule {

    Rule224() {
        super("224", "The Ofsted Unique reference number (URN) provided for the child's placement does not match the"
                + " placement provider recorded.", "Episodes", "Provider Info");
    }

    @Override
    List<Finding> look(SsdaTables t) {
        return withUrn(t, (r, p) -> r.blank("PLACE_PROVIDER") || p == null
                || !p.providerCodes().contains(r.text("PLACE_PROVIDER")), "PLACE_PROVIDER");
    }
}
