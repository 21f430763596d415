package hearth.adoption;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A child's adoption timeliness against the national thresholds (reference AD9): A10, days from entering care to
 * moving in with the adoptive family (for fostering for adoption, to the start of that placement), threshold 426;
 * A2, days from the placement order to the match, threshold 121. While a step is awaited the days so far are shown.
 * The national measures are 3-year cohort averages: per child these are warnings, not breaches.
 */
public record AdoptionTimeliness(UUID childId, LocalDate enteredCareOn, LocalDate movedInOn, LocalDate placementOrderOn,
        LocalDate matchedOn, LocalDate today) {

    public static final int A10_THRESHOLD = 426;
    public static final int A2_THRESHOLD = 121;

    /** Days for A10: to moving in, or so far; null when adoption has no record of the child entering care. */
    public Long a10Days() {
        if (enteredCareOn == null) {
            return null;
        }
        return ChronoUnit.DAYS.between(enteredCareOn, movedInOn != null ? movedInOn : today);
    }

    public boolean a10Complete() {
        return movedInOn != null;
    }

    public boolean a10Over() {
        Long days = a10Days();
        return days != null && days > A10_THRESHOLD;
    }

    /** Days for A2: placement order to match, or so far; null before a placement order. */
    public Long a2Days() {
        if (placementOrderOn == null) {
            return null;
        }
        return ChronoUnit.DAYS.between(placementOrderOn, matchedOn != null ? matchedOn : today);
    }

    public boolean a2Complete() {
        return matchedOn != null;
    }

    public boolean a2Over() {
        Long days = a2Days();
        return days != null && days > A2_THRESHOLD;
    }
}
