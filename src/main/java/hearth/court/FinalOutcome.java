package hearth.court;

/** How care proceedings ended. */
public enum FinalOutcome {
    CARE_ORDER,
    SUPERVISION_ORDER,
    PLACEMENT_ORDER,
    SPECIAL_GUARDIANSHIP_ORDER,
    CHILD_ARRANGEMENTS_ORDER,
    NO_ORDER,
    WITHDRAWN
}
