package hearth.returns.ssda903rules;

import java.util.Objects;

/** Whether the placement is in the authority (PL_LOCATION) differs from last year's open episode. */
final class Rule503J extends SsdaPostcodeLastYearRule {

    Rule503J() {
        super("503J", "The placement location in first episode does not match open episode at end of last year.");
    }

    @Override
    boolean differs(SsdaTables t, SsdaRow first, SsdaRow open) {
        return !Objects.equals(location(t, first), location(t, open));
    }

    @Override
    String field() {
        return "PL_LOCATION";
    }
}
