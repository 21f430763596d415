package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** The URN's provider does not take this placement type (Ofsted list: placement codes; not on the list fails too). */
final class Rule219 extends SsdaOfstedRule {

    Rule219() {
        super("219", "The Ofsted Unique reference number (URN) provided for the child's placement does not match the"
                + " placement type recorded.", "Episodes", "Provider Info");
    }

    @Override
    List<Finding> look(SsdaTables t) {
        return withUrn(t, (r, p) -> r.blank("PLACE") || p == null || !p.placeCodes().contains(r.text("PLACE")),
                "URN", "PLACE");
    }
}
