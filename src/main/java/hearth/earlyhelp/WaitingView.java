package hearth.earlyhelp;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A family's place on the waiting list. {@code daysWaiting} runs to today while waiting, else to the day they
 * left. {@code checkInDue} and {@code checkInOverdue} describe the open check-in obligation (null/false once left).
 */
public record WaitingView(UUID id, UUID episodeId, UUID childId, String service, LocalDate since, Priority priority,
        long daysWaiting, LocalDate lastCheckIn, LocalDate checkInDue, boolean checkInOverdue, UUID obligationId,
        LocalDate leftOn, LeftWaitingList leftBecause) {

    public boolean waiting() {
        return leftOn == null;
    }
}
