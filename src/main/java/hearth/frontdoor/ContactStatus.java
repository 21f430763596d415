package hearth.frontdoor;

/** Where a contact is: waiting for a manager's decision, or decided. */
public enum ContactStatus { AWAITING_DECISION, DECIDED }
