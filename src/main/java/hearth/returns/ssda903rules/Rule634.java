package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.List;

/** DfE rule 634: previous permanence only for children looked after from 1 April 2016. */
final class Rule634 extends SsdaRuleBase {

    Rule634() {
        super("634", "There are entries for previous permanence options, but child has not started to be "
                + "looked after from 1 April 2016 onwards.",
                "Episodes", "PrevPerm");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.prevPerm(), r -> any(r, "PREV_PERM", "LA_PERM", "DATE_PERM")
                && !t.episodesOf(r.child()).isEmpty()
                && t.episodesOf(r.child()).stream().noneMatch(e -> !before(e.date("DECOM"), LocalDate.of(2016, 4,
                        1))), "PREV_PERM");
    }
}
