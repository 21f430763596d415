package hearth.security;

import java.util.UUID;

/**
 * Says whether a user reaches a child's record through their work: the workforce context answers
 * from allocations, teams and services; later contexts (reviewing officers, the LADO) add their own.
 * Restricted records are decided by the access list, never by this.
 */
public interface RecordReach {

    boolean reaches(HearthUser user, UUID childId);
}
