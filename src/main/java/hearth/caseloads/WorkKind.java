package hearth.caseloads;

import java.math.BigDecimal;

/** The kind of work a child needs, each with a default caseload weight (administrators may change it). */
public enum WorkKind {
    EARLY_HELP("0.50"), CHILD_IN_NEED("1.00"), CHILD_PROTECTION("1.50"), LOOKED_AFTER("1.25"), COURT("2.00"),
    CARE_LEAVER("0.75"), OTHER("1.00");

    private final BigDecimal defaultWeight;

    WorkKind(String defaultWeight) {
        this.defaultWeight = new BigDecimal(defaultWeight);
    }

    public BigDecimal defaultWeight() {
        return defaultWeight;
    }
}
