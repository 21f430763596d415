package hearth.people;

import java.time.Instant;
import java.util.UUID;

/** A person was added to Hearth (by hand, from a contact, or by the demo generator). */
public record PersonRegistered(UUID personId, PersonKind kind, String registeredBy, Instant at) {
}
