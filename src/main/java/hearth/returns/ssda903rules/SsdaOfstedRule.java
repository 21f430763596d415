package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A rule looking up the episode's URN in Ofsted's provider list (the D2I tool's provider_info). Skipped, with no
 * findings, while the list is not loaded ({@code import ofsted-providers FILE.csv}).
 */
abstract class SsdaOfstedRule extends SsdaRuleBase {

    SsdaOfstedRule(String code, String message, String... tables) {
        super(code, message, tables);
    }

    @Override
    public final List<Finding> check(SsdaTables t) {
        return t.reference().providersLoaded() && (!needsPostcodes() || t.reference().postcodesLoaded())
                ? look(t) : List.of();
    }

    /** Whether the rule reads the postcode directory too (it is then skipped unless both are loaded). */
    boolean needsPostcodes() {
        return false;
    }

    abstract List<Finding> look(SsdaTables t);

    /** Episodes with a URN other than XXXXXXX that are bad beside their provider (null when not on the list). */
    List<Finding> withUrn(SsdaTables t, BiPredicate<SsdaRow, SsdaReference.Provider> bad, String... fields) {
        List<Finding> found = new ArrayList<>();
        for (SsdaRow r : t.episodes()) {
            if (r.has("URN") && !r.is("URN", "XXXXXXX") && bad.test(r, t.reference().provider(r.text("URN")))) {
                found.add(finding(r.child(), fields));
            }
        }
        return found;
    }
}
