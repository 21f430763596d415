package hearth.assessment;

/** What a child and family assessment concluded, once a manager who did not write it has authorised it. */
public enum AssessmentOutcome {
    NO_FURTHER_ACTION, CHILD_IN_NEED_PLAN, SECTION_47_ENQUIRY, STEP_DOWN_TO_EARLY_HELP
}
