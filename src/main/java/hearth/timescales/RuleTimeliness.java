package hearth.timescales;

/**
 * How timely the work under one rule was, for obligations due in a period: of those decided (met, or
 * overdue and still open), how many were met on time, met late, or are still open and overdue.
 * Voided obligations are left out.
 */
public record RuleTimeliness(String ruleId, long decided, long metOnTime, long metLate, long overdueOpen) {

    /** Whole per cent met on time, or null when nothing fell due. */
    public Integer percentOnTime() {
        return decided == 0 ? null : (int) Math.round(metOnTime * 100.0 / decided);
    }
}
