package hearth.court;

/** Orders a court makes about a child, as this context records them. */
public enum OrderType {
    EMERGENCY_PROTECTION_ORDER(true),
    INTERIM_CARE_ORDER(true),
    INTERIM_SUPERVISION_ORDER(true),
    CARE_ORDER(false),
    SUPERVISION_ORDER(false),
    PLACEMENT_ORDER(false),
    SPECIAL_GUARDIANSHIP_ORDER(false),
    CHILD_ARRANGEMENTS_ORDER(false);

    private final boolean interim;

    OrderType(boolean interim) {
        this.interim = interim;
    }

    /** Interim (and emergency) orders end when a final order is made or the proceedings conclude. */
    public boolean interim() {
        return interim;
    }
}
