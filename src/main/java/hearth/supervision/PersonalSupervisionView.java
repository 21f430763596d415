package hearth.supervision;

import java.time.LocalDate;
import java.util.UUID;

/** A worker's personal supervision as recorded. */
public record PersonalSupervisionView(UUID id, String worker, LocalDate heldOn, String supervisor, String wellbeing,
        String workload, String learning, String reflection, String agreedActions) {
}
