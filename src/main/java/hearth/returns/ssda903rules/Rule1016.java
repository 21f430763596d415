package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * DfE rule 1016: a young person aged 17 or 18 at 31 March whose episode ended on or after their 17th birthday has
 * no care leaver information (IN_TOUCH, ACTIV, ACCOM).
 */
final class Rule1016 extends SsdaRuleBase {

    Rule1016() {
        super("1016", "Care leaver information is not required for 17- or 18-year olds who cease to be looked after, "
                + "after their birthday.",
                "Episodes", "OC3");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        Map<String, List<SsdaRow>> episodes = t.episodesByChild();
        return where(t.oc3(), r -> {
            LocalDate dob = r.date("DOB") != null ? r.date("DOB") : t.dob(r.child());
            Integer age = age(dob, t.end());
            return age != null && age >= 17 && age < 19 && any(r, "IN_TOUCH", "ACTIV", "ACCOM")
                    && episodes.getOrDefault(r.child(), List.of()).stream()
                            .anyMatch(e -> !before(e.date("DEC"), dob.plusYears(17)) && e.date("DEC") != null);
        }, "IN_TOUCH", "ACTIV", "ACCOM");
    }
}
