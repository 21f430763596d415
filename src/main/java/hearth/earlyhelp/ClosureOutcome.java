package hearth.earlyhelp;

/** Why an episode of early help closed (stepping up to social care is its own status). */
public enum ClosureOutcome {
    NEEDS_MET, FAMILY_DECLINED, FAMILY_DISENGAGED, MOVED_AWAY, UNIVERSAL_SERVICES, OTHER
}
