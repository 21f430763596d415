package hearth.careleavers;

/** How the personal adviser made contact, or tried to. */
public enum ContactMethod {
    VISIT, PHONE, VIDEO, MESSAGE, OTHER
}
