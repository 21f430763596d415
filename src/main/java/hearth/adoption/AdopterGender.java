package hearth.adoption;

/**
 * An adopter's sex or gender as Ofsted's Annex A list 11 asks (male, female, neither, not stated); SSDA903 AD1
 * (SEX_ADOPTR) knows only male and female.
 */
public enum AdopterGender {
    MALE, FEMALE, NEITHER, NOT_STATED;

    /** M or F for SSDA903, or null when neither applies. */
    public String sexCode() {
        return switch (this) {
            case MALE -> "M";
            case FEMALE -> "F";
            default -> null;
        };
    }
}
