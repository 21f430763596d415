package hearth.missing;

import java.time.Instant;
import java.util.Set;

/** What a return interview found: who held it and when, push and pull factors, exploitation concerns and next steps. */
public record ReturnInterviewFindings(Instant heldAt, String heldBy, String pushFactors, String pullFactors,
        Set<ExploitationConcern> concerns, String findings) {
}
