package hearth.supervision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child a manager's team or service holds with no management oversight within the local standard: the last
 * oversight (null when never), and how long the child has gone without (from the allocation when never overseen).
 */
public record OversightGap(UUID childId, String childName, boolean restricted, String teamName, String workerName,
        LocalDate lastOversight, LocalDate since, long daysWithout) {
}
