package hearth.childprotection;

import java.util.UUID;

public record ActionView(UUID id, UUID parentId, String description, String owner) {
}
