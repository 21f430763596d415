package hearth.childrenincare;

/**
 * SSDA903 review participation code (REVIEW_CODE): how the child took part in their review. PN0 is for a child under
 * 4 on the day of the review and PN1 to PN7 for a child of 4 or over (DfE rules 440 and 441).
 */
public enum Participation {
    PN0, PN1, PN2, PN3, PN4, PN5, PN6, PN7;

    /** The age from which a child's own participation (PN1 to PN7) is recorded rather than PN0. */
    public static final int FROM_AGE = 4;

    /** Whether this code fits a child born {@code dateOfBirth} at a review on {@code on}; true if either is unknown. */
    public boolean fits(java.time.LocalDate dateOfBirth, java.time.LocalDate on) {
        if (dateOfBirth == null || on == null) {
            return true;
        }
        boolean underFour = java.time.Period.between(dateOfBirth, on).getYears() < FROM_AGE;
        return underFour == (this == PN0);
    }

    /** The message key for a code that does not fit the child's age. */
    public String misfitKey() {
        return this == PN0 ? "childrenincare.error.participation.pn0FourOrOver"
                : "childrenincare.error.participation.underFour";
    }
}
