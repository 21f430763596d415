package hearth.childrenincare;

/** The permanence plan in a care plan: where the child is meant to grow up. */
public enum PermanencePlan {
    RETURN_HOME, FAMILY_OR_FRIENDS, SPECIAL_GUARDIANSHIP, CHILD_ARRANGEMENTS_ORDER, ADOPTION, LONG_TERM_FOSTERING, RESIDENTIAL_CARE, INDEPENDENT_LIVING
}
