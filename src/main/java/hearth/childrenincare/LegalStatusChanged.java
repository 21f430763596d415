package hearth.childrenincare;

import java.time.LocalDate;
import java.util.UUID;

/** The legal basis on which a looked after child is cared for changed on {@code date} (SSDA903 legal status code). */
public record LegalStatusChanged(UUID childId, UUID periodId, LocalDate date, String legalStatus,
        String previousLegalStatus, String recordedBy) {
}
