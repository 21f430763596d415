package hearth.supervision;

import java.time.LocalDate;

/** What a supervisor records of a worker's personal supervision; the supervisor is whoever records it. */
public record NewPersonalSupervision(LocalDate heldOn, String wellbeing, String workload, String learning,
        String reflection, String agreedActions) {
}
