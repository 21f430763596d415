package hearth.court;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Care proceedings: issued on a date in a court under a case number; {@code deadline} is the last day of the
 * 26 weeks beginning with the day of issue, as extended.
 */
public record ProceedingsView(UUID id, UUID childId, LocalDate issuedOn, String court, String caseNumber,
        LocalDate deadline, boolean open, FinalOutcome finalOutcome, LocalDate concludedOn,
        List<ExtensionView> extensions, List<HearingView> hearings, List<OrderView> orders, long version) {

    /** Whole weeks from issue to {@code today}, or to the conclusion. */
    public long weeksIn(LocalDate today) {
        LocalDate end = open ? today : concludedOn;
        return Math.max(0, ChronoUnit.DAYS.between(issuedOn, end) / 7);
    }

    /** Days from {@code today} to the deadline; negative once past it. */
    public long daysToDeadline(LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }
}
