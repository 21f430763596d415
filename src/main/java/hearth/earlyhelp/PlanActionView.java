package hearth.earlyhelp;

import java.time.LocalDate;
import java.util.UUID;

/** One action of the team-around-the-family plan: the outcome it serves, who does it by when, and progress. */
public record PlanActionView(UUID id, UUID episodeId, String outcome, String action, String who, LocalDate byWhen,
        Progress progress, String progressNote, LocalDate progressOn, long version) {
}
