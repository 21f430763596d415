package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.List;

/** DfE rule 625: a mother's child was born by the year end or the day she left care. */
final class Rule625 extends SsdaRuleBase {

    Rule625() {
        super("625", "Date of birth of the first child is beyond the end of this reporting year or the date "
                + "the child ceased to be looked after.",
                "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.header(), r -> {
            LocalDate born = r.date("MC_DOB");
            SsdaRow last = t.lastEpisode(r.child());
            LocalDate left = last == null ? null : last.date("DEC");
            return after(born, t.end()) || (left != null && !t.lookedAfterAtEnd(r.child()) && after(born, left));
        }, "MC_DOB");
    }
}
