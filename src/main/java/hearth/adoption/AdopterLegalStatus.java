package hearth.adoption;

/**
 * The adopters' legal status, with the SSDA903 AD1 codes (LS_ADOPTR) as names: L0 a single adopter; L11 a married
 * couple of different sexes; L12 a married couple of the same sex; L2 civil partners; L3 a couple of different sexes
 * neither married nor civil partners; L4 such a couple of the same sex.
 */
public enum AdopterLegalStatus {
    L0, L11, L12, L2, L3, L4;

    /** Everything but L0 is a couple. */
    public boolean couple() {
        return this != L0;
    }

    /** True when the status says the couple are the same sex, false when different, null when it says neither. */
    public Boolean sameSex() {
        return switch (this) {
            case L12, L4 -> Boolean.TRUE;
            case L11, L3 -> Boolean.FALSE;
            default -> null;
        };
    }
}
