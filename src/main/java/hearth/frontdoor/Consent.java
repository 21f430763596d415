package hearth.frontdoor;

/** Whether the family agreed to the contact being taken further. */
public enum Consent { GIVEN, REFUSED, NOT_SOUGHT }
