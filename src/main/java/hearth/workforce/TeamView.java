package hearth.workforce;

import java.util.UUID;

public record TeamView(UUID id, String name, TeamKind kind, UUID serviceId, String serviceName, String managerUsername) {
}
