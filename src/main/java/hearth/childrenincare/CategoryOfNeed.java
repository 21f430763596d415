package hearth.childrenincare;

/** SSDA903 category of need (CIN) for a period of care: N1 abuse or neglect to N8 absent parenting. */
public enum CategoryOfNeed {
    N1, N2, N3, N4, N5, N6, N7, N8
}
