package hearth.childrenincare;

/** SSDA903 legal status (LS): the legal basis on which a child is looked after. */
public enum LegalStatus {
    C1, C2, D1, E1, V2, V3, V4, L1, L2, L3, J1, J2, J3
}
