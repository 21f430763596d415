package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** The episode starts on or after the day the URN's registration ended. */
final class Rule227 extends SsdaOfstedRule {

    Rule227() {
        super("227", "Ofsted Unique reference number (URN) is not valid for the episode start date.", "Episodes",
                "Provider Info");
    }

    @Override
    List<Finding> look(SsdaTables t) {
        return withUrn(t, (r, p) -> p != null && p.closed() != null && r.date("DECOM") != null
                && !r.date("DECOM").isBefore(p.closed()), "URN", "DECOM");
    }
}
