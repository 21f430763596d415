package hearth.returns.ssda903rules;

import java.util.Objects;

/** The placement authority differs from last year's open episode's. */
final class Rule503H extends SsdaPostcodeLastYearRule {

    Rule503H() {
        super("503H", "The placement LA in first episode does not match open episode at end of last year.");
    }

    @Override
    boolean differs(SsdaTables t, SsdaRow first, SsdaRow open) {
        return !Objects.equals(la(t, first), la(t, open));
    }

    @Override
    String field() {
        return "PL_LA";
    }
}
