package hearth.childinneed;

import java.time.LocalDate;

/** A child in need visit: whether the child was seen, seen alone, and their wishes and feelings in their own words. */
public record NewVisit(LocalDate date, boolean seen, boolean seenAlone, String wishesAndFeelings) {
}
