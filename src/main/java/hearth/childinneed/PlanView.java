package hearth.childinneed;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A child in need plan with its needs, each need's actions, and the progress recorded on each action. */
public record PlanView(UUID id, UUID episodeId, LocalDate startDate, LocalDate endDate, String endReason,
        List<Need> needs) {

    public boolean isCurrent() {
        return endDate == null;
    }

    public record Need(UUID id, String description, List<Action> actions) {
    }

    public record Action(UUID id, String what, String who, LocalDate byWhen, ActionStatus status, long version,
            List<Progress> progress) {
    }

    public record Progress(UUID actionId, LocalDate date, ActionStatus status, String note, String recordedBy,
            UUID reviewId) {
    }
}
