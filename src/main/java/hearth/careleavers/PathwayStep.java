package hearth.careleavers;

/** The pathway work for a care leaver: the needs assessment, the pathway plan, and each review of the plan. */
public enum PathwayStep {
    NEEDS_ASSESSMENT, PATHWAY_PLAN, PLAN_REVIEW
}
