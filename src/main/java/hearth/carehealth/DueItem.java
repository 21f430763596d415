package hearth.carehealth;

import hearth.timescales.ObligationState;
import java.time.LocalDate;
import java.util.UUID;

/** A health or education item open for a looked after child: the rule, when it is due and where it stands now. */
public record DueItem(UUID childId, String ruleId, LocalDate dueDate, ObligationState state, String whyDueHref) {

    public boolean overdue() {
        return state == ObligationState.OVERDUE;
    }

    /** The message key naming the rule. */
    public String nameKey() {
        return "timescale." + ruleId + ".name";
    }

    /** A health assessment (initial or review) rather than an education item. */
    public boolean healthAssessment() {
        return CareHealthTimescales.HEALTH_ASSESSMENT_RULES.contains(ruleId);
    }

    public boolean pep() {
        return CareHealthTimescales.PEP_RULES.contains(ruleId);
    }

    /** The kind of record that meets this item. */
    public CareHealthKind metBy() {
        return switch (ruleId) {
            case CareHealthTimescales.INITIAL_HEALTH_ASSESSMENT -> CareHealthKind.INITIAL_HEALTH_ASSESSMENT;
            case CareHealthTimescales.REVIEW_UNDER_5, CareHealthTimescales.REVIEW_FROM_5 -> CareHealthKind.REVIEW_HEALTH_ASSESSMENT;
            case CareHealthTimescales.SDQ -> CareHealthKind.SDQ;
            case CareHealthTimescales.PEP -> CareHealthKind.PEP;
            case CareHealthTimescales.VIRTUAL_SCHOOL -> CareHealthKind.VIRTUAL_SCHOOL_INFORMED;
            default -> CareHealthKind.PEP_REVIEW;
        };
    }
}
