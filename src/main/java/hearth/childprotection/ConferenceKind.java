package hearth.childprotection;

/** An initial child protection conference (pre-birth when the child is unborn) or a review conference. */
public enum ConferenceKind { INITIAL, REVIEW }
