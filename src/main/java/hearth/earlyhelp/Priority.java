package hearth.earlyhelp;

/** How soon a family on the waiting list should be offered the service. */
public enum Priority {
    HIGH, MEDIUM, LOW
}
