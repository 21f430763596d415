package hearth.recording;

/** What kind of document is kept on a child's record. */
public enum DocumentType {
    REPORT, LETTER, COURT_DOCUMENT, ASSESSMENT, PLAN, MEDICAL, EDUCATION, CONSENT, PHOTOGRAPH, OTHER
}
