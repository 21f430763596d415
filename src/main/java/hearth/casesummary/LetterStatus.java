package hearth.casesummary;

/** A letter to the child is a draft the IRO edits until it is final; a final letter never changes. */
public enum LetterStatus {
    DRAFT,
    FINAL
}
