package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 1007: no care leaver information for a 17th or 18th birthday spent looked after. */
final class Rule1007 extends SsdaRuleBase {

    Rule1007() {
        super("1007", "Care leaver information is not required for 17- or 18-year olds who are still looked "
                + "after [on their 17th or 18th birthday.]",
                "Episodes", "OC3");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc3(), r -> r.date("DOB") != null && any(r, "IN_TOUCH", "ACTIV", "ACCOM")
                && java.util.stream.Stream.of(17, 18)
                .map(n -> r.date("DOB").plusYears(n)).filter(t::inYear).anyMatch(day -> t.episodesOf(r.child()).stream()
                        .anyMatch(e -> e.date("DECOM") != null && !e.date("DECOM").isAfter(day)
                                && (e.date("DEC") == null || e.date("DEC").isAfter(day)))), "IN_TOUCH");
    }
}
