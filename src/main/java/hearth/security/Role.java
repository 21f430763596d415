package hearth.security;

import static hearth.security.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * Roles are bundles of permissions, and a reach over children's records: a worker reaches the
 * children allocated to them or their team, a manager their service, and roles that work across the
 * authority (front door, reviewing officers, the LADO, performance, quality assurance, inspectors)
 * reach every child. Restricted records are outside every reach but their access list.
 */
public enum Role {
    SOCIAL_WORKER(Reach.TEAM, USE_HEARTH, SEARCH_PEOPLE, VIEW_CHILD_RECORD, CREATE_PERSON, EDIT_PERSON,
            RECORD_CONTACT, RECORD_CASE_WORK, BREAK_GLASS),
    FAMILY_WORKER(Reach.TEAM, USE_HEARTH, SEARCH_PEOPLE, VIEW_CHILD_RECORD, EDIT_PERSON, RECORD_CASE_WORK,
            BREAK_GLASS),
    TEAM_MANAGER(Reach.SERVICE, USE_HEARTH, SEARCH_PEOPLE, VIEW_CHILD_RECORD, CREATE_PERSON, EDIT_PERSON,
            VOID_RECORD, RECORD_CONTACT, DECIDE_CONTACT, RECORD_CASE_WORK, AUTHORISE_ASSESSMENT,
            ALLOCATE_CASES, VIEW_TEAM_WORK, VIEW_WHO_VIEWED, BREAK_GLASS, MANAGE_RESTRICTIONS, COORDINATE_MISSING,
            RECORD_PANEL_DECISIONS, SUPERVISE_STAFF, MANAGE_WORKERS),
    SERVICE_MANAGER(Reach.SERVICE, USE_HEARTH, SEARCH_PEOPLE, VIEW_CHILD_RECORD, CREATE_PERSON, EDIT_PERSON,
            VOID_RECORD, DECIDE_CONTACT, AUTHORISE_ASSESSMENT, ALLOCATE_CASES, VIEW_TEAM_WORK,
            VIEW_SERVICE_WORK, VIEW_WHO_VIEWED, BREAK_GLASS, MANAGE_RESTRICTIONS, VIEW_PERFORMANCE, COORDINATE_MISSING,
            RECORD_PANEL_DECISIONS, SUPERVISE_STAFF, MANAGE_IMPROVEMENT_PLAN, MANAGE_WORKERS),
    CONFERENCE_CHAIR_IRO(Reach.AUTHORITY, USE_HEARTH, SEARCH_PEOPLE, VIEW_CHILD_RECORD, RECORD_CASE_WORK,
            CHAIR_CONFERENCE, REVIEW_CHILD_IN_CARE, BREAK_GLASS),
    PERSONAL_ADVISER(Reach.TEAM, USE_HEARTH, SEARCH_PEOPLE, VIEW_CHILD_RECORD, EDIT_PERSON, RECORD_CASE_WORK,
            ADVISE_CARE_LEAVER, BREAK_GLASS),
    LADO(Reach.AUTHORITY, USE_HEARTH, SEARCH_PEOPLE, VIEW_CHILD_RECORD, CREATE_PERSON, RECORD_LADO, BREAK_GLASS),
    FRONT_DOOR_WORKER(Reach.AUTHORITY, USE_HEARTH, SEARCH_PEOPLE, VIEW_CHILD_RECORD, CREATE_PERSON, EDIT_PERSON,
            RECORD_CONTACT, BREAK_GLASS, COORDINATE_MISSING),
    PERFORMANCE_OFFICER(Reach.AUTHORITY, USE_HEARTH, SEARCH_PEOPLE, VIEW_CHILD_RECORD, VIEW_PERFORMANCE,
            RUN_RETURNS),
    QA_AUDITOR(Reach.AUTHORITY, USE_HEARTH, SEARCH_PEOPLE, VIEW_CHILD_RECORD, AUDIT_CASES, VIEW_PERFORMANCE),
    /** A director of children's services or other senior leader: performance, inspection and improvement. */
    SENIOR_LEADER(Reach.AUTHORITY, USE_HEARTH, SEARCH_PEOPLE, VIEW_CHILD_RECORD, VIEW_PERFORMANCE,
            MANAGE_IMPROVEMENT_PLAN),
    INSPECTOR(Reach.AUTHORITY, USE_HEARTH, SEARCH_PEOPLE, VIEW_CHILD_RECORD, VIEW_PERFORMANCE),
    ADMINISTRATOR(Reach.NONE, USE_HEARTH, MANAGE_USERS, MANAGE_TEAMS, MANAGE_SETTINGS, MANAGE_RESTRICTIONS,
            MANAGE_WORKERS);

    /** Which children's records a role reaches without breaking the glass. */
    public enum Reach { NONE, TEAM, SERVICE, AUTHORITY }

    private final Reach reach;
    private final Set<Permission> permissions;

    Role(Reach reach, Permission first, Permission... rest) {
        this.reach = reach;
        this.permissions = EnumSet.of(first, rest);
    }

    public Reach reach() {
        return reach;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }
}
