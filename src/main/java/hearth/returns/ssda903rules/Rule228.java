package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** The episode ends after the URN's registration ended, or is open at 31 March when it had ended by then. */
final class Rule228 extends SsdaOfstedRule {

    Rule228() {
        super("228", "Ofsted Unique reference number (URN) is not valid for the episode end date [NOTE: may give false"
                + " positives on open episodes at providers who close during the year]", "Episodes", "Provider Info");
    }

    @Override
    List<Finding> look(SsdaTables t) {
        return withUrn(t, (r, p) -> p != null && p.closed() != null && (r.date("DEC") != null
                ? r.date("DEC").isAfter(p.closed()) : r.blank("DEC") && t.end().isAfter(p.closed())), "URN", "DEC");
    }
}
