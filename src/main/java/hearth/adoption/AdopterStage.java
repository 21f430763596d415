package hearth.adoption;

/** Where prospective adopters are, from enquiry to the adoption order (or leaving the process). */
public enum AdopterStage {
    ENQUIRY, STAGE_ONE, STAGE_TWO, APPROVED, MATCHED, PLACED, ADOPTED, LEFT
}
