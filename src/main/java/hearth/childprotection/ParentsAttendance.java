package hearth.childprotection;

/** Whether the parents took part in a conference. */
public enum ParentsAttendance { BOTH_ATTENDED, ONE_ATTENDED, PART_ATTENDED, DID_NOT_ATTEND, NOT_INVITED }
