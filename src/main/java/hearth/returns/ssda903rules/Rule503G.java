package hearth.returns.ssda903rules;

/** The distance is 0.2 miles or more from last year's open episode's. */
final class Rule503G extends SsdaPostcodeLastYearRule {

    Rule503G() {
        super("503G", "The distance in first episode does not match open episode at end of last year.");
    }

    @Override
    boolean differs(SsdaTables t, SsdaRow first, SsdaRow open) {
        return distancesApart(t, first, open);
    }

    @Override
    String field() {
        return "PL_DISTANCE";
    }
}
