package hearth.childrenincare;

import java.time.LocalDate;
import java.util.UUID;

/** A statutory visit to a looked after child (CPPCR reg 28) in a placement: seen, seen alone, the child's words. */
public record CareVisitView(UUID id, UUID periodId, UUID placementId, LocalDate date, boolean seen, boolean seenAlone,
        String childWords, String recordedBy) {
}
