package hearth.childprotection;

import java.time.LocalDate;
import java.util.UUID;

public record DisagreementView(UUID id, UUID childId, LocalDate raisedOn, String agencies, String about,
        String escalation, boolean resolved, LocalDate resolvedOn, String resolution, String recordedBy,
        long version) {
}
