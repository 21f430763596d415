package hearth.quality;

/** The panels that decide on children; any other panel is named when it is recorded. */
public enum PanelKind {
    PERMANENCE,
    PLACEMENT,
    LEGAL_GATEWAY,
    OTHER
}
