package hearth.assessment;

import java.time.LocalDate;
import java.util.UUID;

/** A visit during an assessment: who went, whether the child was seen (and alone), and the child's own words. */
public record VisitView(UUID id, UUID assessmentId, UUID childId, LocalDate date, String visitedBy, boolean childSeen,
        boolean seenAlone, String wishesAndFeelings, String recordedBy) {
}
