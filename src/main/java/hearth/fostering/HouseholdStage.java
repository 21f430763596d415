package hearth.fostering;

/** Where a foster carer household is, from the first enquiry to approval (or leaving). */
public enum HouseholdStage {
    ENQUIRY, ASSESSMENT, PANEL, APPROVED, LEFT
}
