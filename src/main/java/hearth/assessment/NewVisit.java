package hearth.assessment;

import java.time.LocalDate;

/** What a worker records about a visit; the child's wishes and feelings are needed when the child was seen. */
public record NewVisit(LocalDate date, String visitedBy, boolean childSeen, boolean seenAlone,
        String wishesAndFeelings) {
}
