package hearth.workforce;

import java.time.LocalDate;
import java.util.UUID;

public record WorkerView(String username, String displayName, String jobTitle, UUID teamId, LocalDate absentFrom) {
}
