package hearth.performance;

/** Which way is better for a measure: more children seen on time, or fewer children re-referred. */
public enum Polarity {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
