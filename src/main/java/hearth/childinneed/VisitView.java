package hearth.childinneed;

import java.time.LocalDate;
import java.util.UUID;

/** A child in need visit as recorded. */
public record VisitView(UUID id, UUID episodeId, LocalDate date, boolean seen, boolean seenAlone,
        String wishesAndFeelings, String recordedBy) {
}
