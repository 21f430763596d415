package hearth.childprotection;

import java.time.LocalDate;

/** A child protection visit: whether the child was seen, and alone, and their wishes and feelings. */
public record NewVisit(LocalDate visitedOn, boolean childSeen, boolean seenAlone, String wishesAndFeelings,
        String notes) {
}
