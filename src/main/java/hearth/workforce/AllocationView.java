package hearth.workforce;

import java.time.LocalDate;
import java.util.UUID;

/** Who holds a child's work now: a team, and a worker unless the child is held on duty. */
public record AllocationView(UUID childId, UUID teamId, String teamName, String workerUsername, String workerName,
        LocalDate from, String reason) {

    public boolean onDuty() {
        return workerUsername == null;
    }
}
