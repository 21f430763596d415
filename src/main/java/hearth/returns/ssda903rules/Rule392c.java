package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** A home or placement postcode given that is not in the ONS directory. */
final class Rule392c extends SsdaPostcodeRule {

    Rule392c() {
        super("392c", "Postcode(s) provided are invalid.", "Episodes");
    }

    @Override
    List<Finding> look(SsdaTables t) {
        return where(t.episodes(), r -> unknown(t, r, "HOME_POST") || unknown(t, r, "PL_POST"), "HOME_POST",
                "PL_POST");
    }

    private static boolean unknown(SsdaTables t, SsdaRow r, String column) {
        return r.has(column) && t.reference().postcode(r.text(column)) == null;
    }
}
