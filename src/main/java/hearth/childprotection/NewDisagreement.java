package hearth.childprotection;

import java.time.LocalDate;

/** Agencies disagree about the level of risk: who, about what, and how it was escalated. */
public record NewDisagreement(LocalDate raisedOn, String agencies, String about, String escalation) {
}
