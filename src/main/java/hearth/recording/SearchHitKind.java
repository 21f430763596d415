package hearth.recording;

/** Where in the child's record a search found its words. */
public enum SearchHitKind {
    CASE_NOTE, ADDENDUM, DOCUMENT, CHRONOLOGY
}
