package hearth.court;

/** A pre-proceedings meeting with the family and their lawyers, or a review of progress under the PLO. */
public enum MeetingKind {
    MEETING,
    REVIEW
}
