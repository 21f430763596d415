package hearth.security;

/**
 * What a user may do, as verbs. Roles are bundles of these; every handler names the one it needs.
 */
public enum Permission {
    /** Any signed-in user: home page, own notifications, calendar look-ups, drafts. */
    USE_HEARTH,
    SEARCH_PEOPLE,
    VIEW_CHILD_RECORD,
    CREATE_PERSON,
    EDIT_PERSON,
    VOID_RECORD,
    RECORD_CONTACT,
    DECIDE_CONTACT,
    RECORD_CASE_WORK,
    AUTHORISE_ASSESSMENT,
    ALLOCATE_CASES,
    VIEW_TEAM_WORK,
    VIEW_SERVICE_WORK,
    VIEW_WHO_VIEWED,
    BREAK_GLASS,
    MANAGE_RESTRICTIONS,
    CHAIR_CONFERENCE,
    REVIEW_CHILD_IN_CARE,
    ADVISE_CARE_LEAVER,
    RECORD_LADO,
    /** The missing coordinator's daily list: who is missing now and which return interviews are due. */
    COORDINATE_MISSING,
    AUDIT_CASES,
    /** Record panel meetings (permanence, placement, legal gateway) and their decisions on children. */
    RECORD_PANEL_DECISIONS,
    /** Record and read staff supervision and management oversight; see who is overdue. */
    SUPERVISE_STAFF,
    VIEW_PERFORMANCE,
    /** Record inspections and keep the improvement plan and the self-evaluation. */
    MANAGE_IMPROVEMENT_PLAN,
    RUN_RETURNS,
    MANAGE_USERS,
    MANAGE_TEAMS,
    /** A worker's profile, absences and training: managers of their team or service, and administrators. */
    MANAGE_WORKERS,
    MANAGE_SETTINGS
}
