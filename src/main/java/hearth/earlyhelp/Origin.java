package hearth.earlyhelp;

/** How an episode of early help began. */
public enum Origin {
    /** A manager decided a contact at the front door should go to early help. */
    FRONT_DOOR,
    /** An authorised child and family assessment concluded step-down to early help. */
    STEP_DOWN_FROM_ASSESSMENT,
    /** A child in need episode closed with the family offered early help. */
    STEP_DOWN_AT_CLOSURE,
    /** A partner agency (school, health, police...) asked early help directly. */
    PARTNER_REQUEST
}
