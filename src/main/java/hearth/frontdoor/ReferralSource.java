package hearth.frontdoor;

/** Who made the contact, as the DfE codes it (CIN census ReferralSource; Annex A contact and referral source). */
public enum ReferralSource {
    S1A("1A"), S1B("1B"), S1C("1C"), S1D("1D"), S2A("2A"), S2B("2B"), S3A("3A"), S3B("3B"), S3C("3C"), S3D("3D"),
    S3E("3E"), S3F("3F"), S4("4"), S5A("5A"), S5B("5B"), S5C("5C"), S5D("5D"), S6("6"), S7("7"), S8("8"), S9("9"),
    S10("10");

    private final String code;

    ReferralSource(String code) {
        this.code = code;
    }

    /** The code as returns carry it, e.g. "1A" or "10". */
    public String code() {
        return code;
    }
}
