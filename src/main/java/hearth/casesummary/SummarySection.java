package hearth.casesummary;

/** The sections of the worker's narrative in a case summary, in the order the summary shows them. */
public enum SummarySection {
    WHO_THE_CHILD_IS,
    WHY_INVOLVED,
    PLAN_AND_RISKS,
    CHILD_SAYS
}
