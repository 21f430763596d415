package hearth.returns.ssda903rules;

import java.util.Objects;

/** The same reason for new episode, but the placement authority differs from last year's open episode. */
final class Rule452 extends SsdaPostcodeLastYearRule {

    Rule452() {
        super("452", "Contradiction between local authority of placement code in the last episode of the previous year"
                + " and in the first episode of the current year.");
    }

    @Override
    boolean differs(SsdaTables t, SsdaRow first, SsdaRow open) {
        return sameReason(first, open) && !Objects.equals(la(t, first), la(t, open));
    }

    @Override
    String field() {
        return "PL_LA";
    }
}
