package hearth.missing;

import java.time.Instant;
import java.util.UUID;

/** The child was offered an independent return interview. */
public record ReturnInterviewOffered(UUID childId, UUID episodeId, Instant offeredAt) {
}
