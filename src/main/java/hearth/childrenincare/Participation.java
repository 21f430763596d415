package hearth.childrenincare;

/** SSDA903 review participation code (REVIEW_CODE): how the child took part in their review. */
public enum Participation {
    PN0, PN1, PN2, PN3, PN4, PN5, PN6, PN7
}
