package hearth.inspection;

/**
 * The areas an inspection judges. Care leavers have had their own judgement since the 2023 framework; before that,
 * children in care and care leavers were judged together (record that under {@link #CHILDREN_IN_CARE}).
 */
public enum JudgementArea {
    OVERALL_EFFECTIVENESS,
    IMPACT_OF_LEADERS,
    HELP_AND_PROTECTION,
    CHILDREN_IN_CARE,
    CARE_LEAVERS
}
