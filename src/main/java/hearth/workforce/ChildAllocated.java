package hearth.workforce;

import java.time.LocalDate;
import java.util.UUID;

/** A child's work moved to a team (and worker, unless on duty). */
public record ChildAllocated(UUID childId, UUID teamId, String workerUsername, LocalDate from, String previousWorker) {
}
