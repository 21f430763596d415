package hearth.missing;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A return interview was held: by whom, when, what pushed and pulled the child away, and any exploitation concerns. */
public record ReturnInterviewHeld(UUID childId, UUID episodeId, Instant heldAt, String heldBy, Set<ExploitationConcern> concerns) {
}
