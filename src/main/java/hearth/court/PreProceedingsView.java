package hearth.court;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Pre-proceedings under the Public Law Outline, from the gateway decision to enter them. {@code outcome} is the
 * latest decision (CONTINUE keeps them open); {@code reviewDue} is when the next decision is due, null once ended.
 */
public record PreProceedingsView(UUID id, UUID childId, UUID gatewayId, LocalDate startedOn, LocalDate letterSentOn,
        LocalDate familyGroupOfferedOn, LocalDate familyGroupHeldOn, PreProceedingsOutcome outcome,
        LocalDate outcomeOn, String outcomeReasons, boolean open, LocalDate reviewDue, List<MeetingView> meetings,
        long version) {

    /** Whole weeks from the gateway decision to {@code today}, or to the end. */
    public long weeksIn(LocalDate today) {
        LocalDate end = open ? today : outcomeOn;
        return Math.max(0, ChronoUnit.DAYS.between(startedOn, end) / 7);
    }
}
