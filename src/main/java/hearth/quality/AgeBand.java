package hearth.quality;

import java.time.LocalDate;
import java.time.Period;

/** Age bands as the DfE returns count them. */
public enum AgeBand {
    UNBORN_OR_UNDER_1,
    AGE_1_TO_4,
    AGE_5_TO_9,
    AGE_10_TO_15,
    AGE_16_AND_OVER;

    /** The band of someone born on {@code dateOfBirth} (null for an unborn child) on {@code on}. */
    public static AgeBand of(LocalDate dateOfBirth, LocalDate on) {
        if (dateOfBirth == null || dateOfBirth.isAfter(on)) {
            return UNBORN_OR_UNDER_1;
        }
        int years = Period.between(dateOfBirth, on).getYears();
        if (years < 1) {
            return UNBORN_OR_UNDER_1;
        }
        if (years < 5) {
            return AGE_1_TO_4;
        }
        if (years < 10) {
            return AGE_5_TO_9;
        }
        return years < 16 ? AGE_10_TO_15 : AGE_16_AND_OVER;
    }
}
