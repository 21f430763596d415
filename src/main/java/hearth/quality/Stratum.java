package hearth.quality;

/** What a stratified sample is drawn in proportion to. */
public enum Stratum {
    TEAM,
    KIND_OF_WORK,
    AGE_BAND
}
