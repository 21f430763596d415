package hearth.childprotection;

/** Immediate protection: an emergency protection order (CA 1989 s44) or police protection (s46). */
public enum ProtectionOrderKind { EMERGENCY_PROTECTION_ORDER, POLICE_PROTECTION }
