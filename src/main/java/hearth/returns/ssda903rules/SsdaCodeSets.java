package hearth.returns.ssda903rules;

import java.util.Set;

/** The SSDA903 code sets of the 2025-26 rule set (returns.md 2.2). */
final class SsdaCodeSets {

    static final Set<String> SEX = Set.of("M", "F", "U");
    static final Set<String> ETHNIC = Set.of("WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH",
            "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");
    static final Set<String> UPN_UNKNOWN = Set.of("UN1", "UN2", "UN3", "UN4", "UN5");
    static final Set<String> RNE = Set.of("S", "L", "P", "T", "B", "U");
    static final Set<String> LS = Set.of("C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2",
            "J3");
    static final Set<String> CIN = Set.of("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8");
    static final Set<String> PLACE = Set.of("A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3",
            "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13", "Z14");
    static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");
    static final Set<String> FOSTER = Set.of("U1", "U2", "U3", "U4", "U5", "U6");
    static final Set<String> ADOPTION_PLACEMENTS = Set.of("A3", "A4", "A5", "A6");
    static final Set<String> PLACE_PROVIDER = Set.of("PR0", "PR1", "PR2", "PR3", "PR4", "PR5");
    static final Set<String> REC = Set.of("X1", "E11", "E12", "E13", "E14", "E15", "E16", "E17", "E2", "E3", "E41",
            "E45", "E46", "E47", "E48", "E4A", "E4B", "E5", "E6", "E7", "E8", "E9");
    static final Set<String> ADOPTED = Set.of("E11", "E12");
    static final Set<String> REASON_PLACE_CHANGE = Set.of("ALLEG", "APPRR", "CARPL", "CHILD", "CLOSE", "CREQB",
            "CREQO", "CUSTOD", "LAREQ", "OTHER", "PLACE", "STAND");
    static final Set<String> REVIEW_CODE = Set.of("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7");
    static final Set<String> MISSING = Set.of("M", "A");
    static final Set<String> SDQ_REASON = Set.of("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5");
    static final Set<String> ZERO_ONE = Set.of("0", "1");
    static final Set<String> IN_TOUCH = Set.of("YES", "NO", "DIED", "REFU", "NREQ", "RHOM");
    static final Set<String> ACTIV = Set.of("F1", "F2", "F4", "F5", "G4", "G5", "G6", "P1", "P2", "P4", "P5", "0");
    static final Set<String> ACCOM = Set.of("B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2",
            "K1", "K2", "R1", "R2", "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1", "Z2",
            "0");
    static final Set<String> PREV_PERM = Set.of("P1", "P2", "P3", "P4", "Z1");
    static final Set<String> NB_ADOPTR = Set.of("1", "2");
    static final Set<String> SEX_ADOPTR = Set.of("M1", "F1", "MM", "FF", "MF");
    static final Set<String> LS_ADOPTR = Set.of("L0", "L11", "L12", "L2", "L3", "L4");
    static final Set<String> REASON_PLACED_CEASED = Set.of("RD1", "RD2", "RD3", "RD4");
    static final Set<String> SW_REASON = Set.of("MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC",
            "CHCHAN", "PCCHAN", "SWDIED", "OTHERS");

    private SsdaCodeSets() {
    }
}
