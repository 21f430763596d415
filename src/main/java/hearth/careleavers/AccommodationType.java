package hearth.careleavers;

/**
 * SSDA903 ACCOM letter; the return adds 1 when the accommodation is suitable and 2 when not. No fixed abode (S) and
 * custody (X) are never suitable.
 */
public enum AccommodationType {
    B, C, D, E, G, H, K, R, S, T, U, V, W, X, Y, Z;

    public boolean alwaysUnsuitable() {
        return this == S || this == X;
    }

    /** The SSDA903 code, for example U1 (independent living, suitable). */
    public String code(boolean suitable) {
        return name() + (suitable && !alwaysUnsuitable() ? "1" : "2");
    }
}
