package hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/** A needs assessment, pathway plan or plan review, as recorded. */
public record PathwayEventView(UUID id, PathwayStep step, LocalDate date, String summary, String recordedBy) {
}
