package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.List;

/** DfE rule 209: a child of school age is not UN1 (under school age). */
final class Rule209 extends SsdaRuleBase {

    Rule209() {
        super("209", "Child looked after is of school age and should not have an unknown Unique Pupil "
                + "Number (UPN) code of UN1.",
                "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        LocalDate schoolStart = LocalDate.of(t.year() - 1, 8, 31);
        return where(t.header(), r -> r.is("UPN", "UN1") && r.date("DOB") != null
                && !r.date("DOB").plusYears(5).isAfter(schoolStart), "UPN", "DOB");
    }
}
