package hearth.returns.cinrules;

import java.util.Set;

/** The CIN census code sets (returns.md section 1.2). */
final class CinCodeSets {

    private CinCodeSets() {
    }

    static final Set<String> PRIMARY_NEED = Set.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");
    static final Set<String> REASON_FOR_CLOSURE = Set.of("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8",
            "RC9");
    static final Set<String> REFERRAL_SOURCE = Set.of("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D",
            "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");
    static final Set<String> CATEGORY_OF_ABUSE = Set.of("NEG", "PHY", "SAB", "EMO", "MUL");
    static final Set<String> DISABILITY = Set.of("NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS",
            "BEH", "CON", "AUT", "DDA");
    static final Set<String> ETHNICITY = Set.of("WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS",
            "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");
    static final Set<String> SEX = Set.of("M", "F", "U");
    static final Set<String> BOOLEAN = Set.of("0", "1", "true", "false");
    static final Set<String> UPN_UNKNOWN = Set.of("UN1", "UN2", "UN3", "UN4", "UN5", "UN6", "UN7");
}
