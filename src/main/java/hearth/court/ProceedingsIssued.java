package hearth.court;

import java.time.LocalDate;
import java.util.UUID;

/** Care proceedings were issued; the deadline is the last day of the 26 weeks. */
public record ProceedingsIssued(UUID childId, UUID proceedingsId, LocalDate issuedOn, String court, String caseNumber, LocalDate deadline) {
}
