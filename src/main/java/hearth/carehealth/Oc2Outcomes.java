package hearth.carehealth;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child's SSDA903 OC2 outcomes for the year ending {@code yearEnd} (31 March). {@code eligible} says whether the
 * child had been looked after continuously for at least 12 months at the year end; the other items are only
 * meaningful when it is. {@code sdqExpected} says the child's age puts them in the SDQ range (4 at the year end to
 * 16 at its start); {@code sdqScore} is the latest score in the year, if any. {@code convicted} says whether a child
 * of 10 or over at the year end was convicted or cautioned in the year, from the year's conviction records; null for
 * a younger child or when none was recorded. Booleans are the 0/1 items of the return.
 */
public record Oc2Outcomes(UUID childId, LocalDate yearEnd, boolean eligible, boolean sdqExpected, Integer sdqScore,
        LocalDate sdqDate, boolean healthAssessmentUpToDate, boolean immunisationsUpToDate, boolean teethChecked,
        boolean substanceMisuse, Boolean interventionOffered, Boolean interventionReceived, Boolean convicted) {

    /** The 903 form of a yes/no item: "1" or "0", blank for null. */
    public static String code(Boolean value) {
        return value == null ? "" : value ? "1" : "0";
    }
}
