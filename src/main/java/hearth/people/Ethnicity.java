package hearth.people;

/** The DfE ethnicity codes used by the CIN census, SSDA903 and Annex A. */
public enum Ethnicity {
    WBRI, WIRI, WIRT, WOTH, WROM, MWBC, MWBA, MWAS, MOTH, AIND, APKN, ABAN, AOTH, BCRB, BAFR, BOTH, CHNE, OOTH,
    REFU, NOBT
}
