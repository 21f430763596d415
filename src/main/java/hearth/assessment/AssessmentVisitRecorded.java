package hearth.assessment;

import java.time.LocalDate;
import java.util.UUID;

/** A visit during an assessment; children in need and performance read "date the child was last seen" from it. */
public record AssessmentVisitRecorded(UUID childId, UUID assessmentId, UUID visitId, LocalDate date,
        boolean childSeen, boolean seenAlone) {
}
