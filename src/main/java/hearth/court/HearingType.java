package hearth.court;

/** Hearings under the Public Law Outline (FPR PD 12A). */
public enum HearingType {
    /** Case management hearing. */
    CMH,
    /** Issues resolution hearing. */
    IRH,
    FINAL,
    OTHER
}
