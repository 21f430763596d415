package hearth.court;

import java.time.LocalDate;
import java.util.UUID;

/** A legal gateway (legal planning meeting) decision; preProceedingsId is set when it entered the PLO. */
public record GatewayView(UUID id, UUID childId, LocalDate meetingDate, String attendees, GatewayDecision decision,
        String reasons, String decidedBy, UUID preProceedingsId) {
}
