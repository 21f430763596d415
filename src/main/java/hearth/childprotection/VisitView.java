package hearth.childprotection;

import java.time.LocalDate;
import java.util.UUID;

public record VisitView(UUID id, UUID planId, LocalDate visitedOn, boolean childSeen, boolean seenAlone,
        String wishesAndFeelings, String notes, String recordedBy) {
}
