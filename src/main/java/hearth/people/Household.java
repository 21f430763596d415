package hearth.people;

import java.util.List;
import java.util.UUID;

/**
 * A person's current address (one line, or null when none is recorded) and the people related to them now, for
 * pages in other contexts that show who the child lives with (a contact, a strategy discussion...).
 */
public record Household(String currentAddress, List<Member> members) {

    public record Member(UUID personId, String name, RelationshipType type, boolean livesWith) {
    }
}
