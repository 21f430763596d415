package hearth.fostering;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A connected person's temporary approval as the worker sees it, with the days taken so far and the days left
 * before it runs out (Ofsted found kinship assessments too slow: both are shown).
 */
public record KinshipApprovalView(UUID id, UUID childId, String carerName, String relationship, LocalDate approvedOn,
        LocalDate originalExpiresOn, LocalDate expiresOn, LocalDate extendedOn, Integer extensionWeeks,
        String extensionReason, String nominatedOfficer, KinshipOutcome outcome, LocalDate outcomeOn,
        String outcomeNotes, long version) {

    /** Days a connected person's approval may have left before the page warns that it is running out. */
    public static final int WARN_DAYS = 28;

    public boolean open() {
        return outcome == null;
    }

    public boolean extended() {
        return extendedOn != null;
    }

    /** Days from temporary approval to the decision, or to today while it is open. */
    public long daysTaken(LocalDate today) {
        return ChronoUnit.DAYS.between(approvedOn, open() ? today : outcomeOn);
    }

    /** Days until the approval runs out (negative once it has). */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, expiresOn);
    }

    /** RUNNING, RUNNING_OUT (within {@link #WARN_DAYS}), RUN_OUT, or DECIDED. */
    public String standing(LocalDate today) {
        if (!open()) {
            return "DECIDED";
        }
        long left = daysLeft(today);
        return left < 0 ? "RUN_OUT" : left <= WARN_DAYS ? "RUNNING_OUT" : "RUNNING";
    }
}
