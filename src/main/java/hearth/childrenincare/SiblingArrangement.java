package hearth.childrenincare;

/** Whether a child placed has brothers or sisters in care, and if so whether they are placed together. */
public enum SiblingArrangement {
    NO_SIBLINGS_IN_CARE, TOGETHER, SOME_TOGETHER, APART
}
