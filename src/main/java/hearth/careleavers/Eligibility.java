package hearth.careleavers;

/**
 * The young person's care leaver status under the Children (Leaving Care) Act 2000 as amended: eligible (16 or 17 and
 * still looked after), relevant (16 or 17, left care after becoming eligible), former relevant (18 to 25), qualifying
 * (left care after 16 without 13 weeks, or under a special guardianship order), or none of these.
 */
public enum Eligibility {
    ELIGIBLE,
    RELEVANT,
    FORMER_RELEVANT,
    QUALIFYING,
    NONE;

    /** Statuses that bring the full leaving care duties: needs assessment, pathway plan, personal adviser. */
    public boolean fullDuties() {
        return this == ELIGIBLE || this == RELEVANT || this == FORMER_RELEVANT;
    }

    public boolean careLeaver() {
        return this != NONE;
    }
}
