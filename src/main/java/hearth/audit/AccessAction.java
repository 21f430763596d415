package hearth.audit;

/** What someone did with a child's record. */
public enum AccessAction {
    VIEWED, SEARCHED, SHOWN_IN_SEARCH, REFUSED, BROKE_GLASS, EXPORTED
}
