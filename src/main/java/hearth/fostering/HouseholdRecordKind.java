package hearth.fostering;

/** What is recorded about an approved (or assessing) household. */
public enum HouseholdRecordKind {
    /** Annual review of approval (Fostering Services Regulations 2011 reg 28); the first goes to panel. */
    ANNUAL_REVIEW,
    SUPPORT_VISIT,
    TRAINING,
    /** An allegation against a carer: recorded with the status "referred to the LADO". */
    ALLEGATION
}
