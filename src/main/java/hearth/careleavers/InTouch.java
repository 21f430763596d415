package hearth.careleavers;

/** SSDA903 IN_TOUCH: whether the authority was in touch with the young person around their birthday. */
public enum InTouch {
    YES, NO, DIED, REFU, NREQ, RHOM;

    /** Activity and accommodation are recorded only when in touch (SSDA903 rule 345). */
    public boolean inTouch() {
        return this == YES;
    }
}
