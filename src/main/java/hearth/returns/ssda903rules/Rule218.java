package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/**
 * No URN for a placement needing one (not P1, P3, R1, R2, R5, T0-T4 or Z11-Z14) open on or after 1 April, unless the
 * placement is outside England (its authority, from the placement postcode, is SCO, WAL or NIR).
 */
final class Rule218 extends SsdaPostcodeRule {

    Rule218() {
        super("218", "Ofsted Unique reference number (URN) is required.", "Episodes");
    }

    @Override
    List<Finding> look(SsdaTables t) {
        return where(t.episodes(), r -> r.blank("URN")
                && (r.blank("DEC") || r.date("DEC") != null && !r.date("DEC").isBefore(t.start()))
                && !r.is("PLACE", "P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13",
                        "Z14")
                && !List.of("CON", "NIR", "SCO", "WAL", "NUK").contains(String.valueOf(la(t, r))), "URN");
    }
}
