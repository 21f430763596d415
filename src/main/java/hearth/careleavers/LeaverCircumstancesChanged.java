package hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/** The young person's circumstances as the leaving care service records them changed on {@code date}. */
public record LeaverCircumstancesChanged(UUID childId, LocalDate date, boolean stayingPut, boolean inCustody,
        boolean asylumSeeking, boolean parent, String changedBy) {
}
