package hearth.earlyhelp;

/** Why a family left the waiting list. */
public enum LeftWaitingList {
    SERVICE_STARTED, DECLINED, STEPPED_UP, CLOSED
}
