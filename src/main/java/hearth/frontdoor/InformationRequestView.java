package hearth.frontdoor;

import java.time.Instant;
import java.util.UUID;

/** A request to a partner agency about a contact, and its answer once recorded. */
public record InformationRequestView(UUID id, UUID contactId, UUID childId, PartnerAgency agency,
        String requestedFrom, String question, Instant requestedAt, String requestedBy, String response,
        String respondedBy, Instant respondedAt, String responseRecordedBy, long version) {

    public boolean answered() {
        return respondedAt != null;
    }
}
