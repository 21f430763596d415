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
}
