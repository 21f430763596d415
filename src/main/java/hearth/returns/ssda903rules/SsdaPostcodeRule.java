package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/**
 * A rule reading what the ONS postcode directory gives an episode (PL_LA, PL_LOCATION, PL_DISTANCE: see
 * {@link SsdaPlacementPlace}). Skipped, with no findings, while the directory is not loaded
 * ({@code import postcodes FILE.csv}); one comparing with last year's return is skipped without that too.
 */
abstract class SsdaPostcodeRule extends SsdaRuleBase {

    SsdaPostcodeRule(String code, String message, String... tables) {
        super(code, message, tables);
    }

    @Override
    public final List<Finding> check(SsdaTables t) {
        if (!t.reference().postcodesLoaded() || (readsLastYear() && t.last() == null)) {
            return List.of();
        }
        return look(t);
    }

    /** Whether the rule compares with last year's return. */
    boolean readsLastYear() {
        return false;
    }

    abstract List<Finding> look(SsdaTables t);

    String la(SsdaTables t, SsdaRow r) {
        return SsdaPlacementPlace.placementLa(t.reference(), r);
    }

    String location(SsdaTables t, SsdaRow r) {
        return SsdaPlacementPlace.location(t.reference(), r);
    }

    Double distance(SsdaTables t, SsdaRow r) {
        return SsdaPlacementPlace.distance(t.reference(), r);
    }
}
