package hearth.returns.ssda903rules;

/** The same reason for new episode, but the distance is 0.2 miles or more from last year's open episode's. */
final class Rule453 extends SsdaPostcodeLastYearRule {

    Rule453() {
        super("453", "Contradiction between placement distance in the last episode of the previous year and in the"
                + " first episode of the current year.");
    }

    @Override
    boolean differs(SsdaTables t, SsdaRow first, SsdaRow open) {
        return sameReason(first, open) && distancesApart(t, first, open);
    }

    @Override
    String field() {
        return "PL_DISTANCE";
    }
}
