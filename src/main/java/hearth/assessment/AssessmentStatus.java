package hearth.assessment;

/** Where an assessment is: created from the referral, started, submitted by its author, authorised by a manager. */
public enum AssessmentStatus {
    NOT_STARTED, IN_PROGRESS, AWAITING_AUTHORISATION, AUTHORISED;

    public boolean isOpen() {
        return this != AUTHORISED;
    }
}
