package hearth.childprotection;

import java.util.UUID;

public record ProgressView(UUID actionId, ProgressRating rating, String progress) {
}
