package hearth.earlyhelp;

import java.time.LocalDate;
import java.util.UUID;

/** An episode of early help as other contexts and pages see it. */
public record EpisodeView(UUID id, UUID childId, Origin origin, UUID originId, String reason, LocalDate startedOn,
        EpisodeStatus status, LocalDate serviceStartedOn, LeadProfessional lead, LocalDate leadFrom,
        FamilyAssessment assessment, LocalDate steppedUpOn, String stepUpReason, UUID stepUpContactId,
        LocalDate closedOn, ClosureOutcome closureOutcome, String closureNote, String recordedBy, long version) {

    public boolean active() {
        return status.active();
    }
}
