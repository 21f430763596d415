package hearth.carehealth;

import java.time.LocalDate;

/**
 * A health, education or advocacy record as the worker gives it: what, when, by whom (the practitioner, school or
 * service that did it), an SDQ total difficulties score (0 to 40, SDQ only), the outcome (for the kinds that take
 * one), a detail (the school, or a note) and, for substance misuse identified, whether an intervention was offered
 * and received.
 */
public record NewCareHealthRecord(CareHealthKind kind, LocalDate date, String byWhom, Integer score,
        CareHealthOutcome outcome, String detail, Boolean interventionOffered, Boolean interventionReceived) {

    public static NewCareHealthRecord of(CareHealthKind kind, LocalDate date, String byWhom) {
        return new NewCareHealthRecord(kind, date, byWhom, null, null, null, null, null);
    }
}
