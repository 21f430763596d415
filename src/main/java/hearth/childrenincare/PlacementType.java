package hearth.childrenincare;

/** SSDA903 placement type (PLACE), the 2025-26 valid list (rule 146). */
public enum PlacementType {
    A3, A4, A5, A6, K1, K2, K3, P1, P3, R1, R2, R3, R5, S1, T0, T1, T2, T3, T4, U1, U2, U3, U4, U5, U6, Z11, Z12, Z13, Z14
}
