package hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/** A needs assessment was completed, a pathway plan agreed, or a pathway plan reviewed on {@code date}. */
public record PathwayWorkRecorded(UUID childId, UUID recordId, PathwayStep step, LocalDate date, String recordedBy) {
}
