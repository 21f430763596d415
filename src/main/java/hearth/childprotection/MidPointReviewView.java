package hearth.childprotection;

import java.time.LocalDate;
import java.util.UUID;

/** The chair's check on a plan between conferences, and any escalation the chair raised. */
public record MidPointReviewView(UUID id, UUID planId, LocalDate reviewedOn, String findings,
        boolean escalationRaised, String escalation, String chair) {
}
