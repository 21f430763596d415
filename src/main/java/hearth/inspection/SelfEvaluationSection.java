package hearth.inspection;

import java.util.Locale;

/** The self-evaluation's sections, matching the inspection's judgement areas. */
public enum SelfEvaluationSection {
    OVERALL,
    LEADERS,
    HELP_AND_PROTECTION,
    CHILDREN_IN_CARE,
    CARE_LEAVERS;

    /**
     * Which section a measure's evidence belongs in, read from its id: care leavers' measures (leaving care, pathway
     * plans, staying in touch), then children in care's (placements, care reviews and visits, health, education), then
     * help and protection for the rest (contacts, referrals, assessments, conferences, plans).
     */
    public static SelfEvaluationSection forMeasure(String measureId) {
        String id = measureId.toLowerCase(Locale.ROOT);
        if (id.contains("leaver") || id.contains("pathway") || id.contains("birthday")) {
            return CARE_LEAVERS;
        }
        if (id.contains("care-") || id.contains("placement") || id.contains("health") || id.contains("education")
                || id.contains("strengths") || id.contains("virtual-school") || id.contains("pep")
                || id.contains("looked-after") || id.contains("adoption") || id.contains("permanence")) {
            return CHILDREN_IN_CARE;
        }
        return HELP_AND_PROTECTION;
    }
}
