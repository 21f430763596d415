package hearth.recording;

/** What kind of contact or event a case note records. */
public enum NoteType {
    HOME_VISIT, OFFICE_VISIT, SCHOOL_VISIT, TELEPHONE_CALL, EMAIL, MEETING, DIRECT_WORK, MANAGEMENT_OVERSIGHT,
    OTHER_AGENCY_INFORMATION, OTHER
}
