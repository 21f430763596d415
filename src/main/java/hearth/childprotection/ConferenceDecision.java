package hearth.childprotection;

/** An initial conference decides PLAN or NO_PLAN; a review conference CONTINUE_PLAN or END_PLAN. */
public enum ConferenceDecision {
    PLAN, NO_PLAN, CONTINUE_PLAN, END_PLAN;

    public boolean fits(ConferenceKind kind) {
        return kind == ConferenceKind.INITIAL ? this == PLAN || this == NO_PLAN
                : this == CONTINUE_PLAN || this == END_PLAN;
    }
}
