package hearth.careleavers;

import java.time.LocalDate;

/**
 * The derived status on a day: the category, the day the young person first became eligible (13 weeks since 14 met
 * and 16 reached; null if never), the days counted towards the 13 weeks, and whether they are looked after that day.
 */
public record EligibilityStatus(Eligibility category, LocalDate eligibleFrom, long daysCounted, boolean lookedAfter,
        int age) {

    /** The needs assessment clock: 16th birthday or the later day of becoming eligible (CPPCR reg 42(1)). */
    public LocalDate assessmentClockStarts() {
        return eligibleFrom;
    }
}
