package hearth.missing;

/** Where the return interview stands: not yet offered, offered, declined by the child, or held. */
public enum ReturnInterviewStatus {
    NOT_OFFERED, OFFERED, DECLINED, HELD
}
