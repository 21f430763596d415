package hearth.childprotection;

/** What a section 47 enquiry concluded. A conference not needed, or continuing as a child in need, needs a reason. */
public enum EnquiryOutcome {
    CONFERENCE_NEEDED, CONFERENCE_NOT_NEEDED, CONTINUE_AS_CHILD_IN_NEED;

    public boolean needsReason() {
        return this != CONFERENCE_NEEDED;
    }
}
