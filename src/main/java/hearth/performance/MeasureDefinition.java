package hearth.performance;

/**
 * One measure: a stable id (links to it are kept by other contexts), its name in the user's language, which way is
 * better, and the group it is shown under (for example "Timeliness").
 */
public record MeasureDefinition(String id, String name, Polarity polarity, String group) {
}
