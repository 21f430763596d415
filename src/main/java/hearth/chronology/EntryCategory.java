package hearth.chronology;

/** What kind of event a chronology entry is; workers filter by it. */
public enum EntryCategory {
    BIRTH_AND_FAMILY,
    FRONT_DOOR,
    EARLY_HELP,
    ASSESSMENT,
    CHILD_IN_NEED,
    CHILD_PROTECTION,
    COURT,
    LOOKED_AFTER,
    MISSING,
    RISK_OUTSIDE_HOME,
    CARE_LEAVER,
    ADOPTION,
    CARERS,
    CASE_NOTE,
    DOCUMENT,
    CHILD_VOICE,
    ALLOCATION,
    SUPERVISION,
    OTHER_AGENCY,
    HEALTH,
    EDUCATION,
    POLICE,
    FAMILY_HISTORY,
    AUDITS_AND_PANELS,
    OTHER
}
