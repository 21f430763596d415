package hearth.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A completed case audit with its answers, findings, actions and any moderation. */
public record AuditView(UUID id, UUID programmeId, UUID templateId, UUID childId, String team, String worker,
        String manager, String auditor, LocalDate auditedOn, Grade grade, String strengths, String improvements,
        Grade moderatedGrade, String moderator, String moderationRationale, LocalDate moderatedOn,
        List<AnswerView> answers, List<AuditActionView> actions, long version) {

    /** The grade that counts: the moderated one once moderated. */
    public Grade countedGrade() {
        return moderatedGrade != null ? moderatedGrade : grade;
    }

    public boolean moderated() {
        return moderator != null;
    }

    /** Moderated to a different grade. */
    public boolean disagreed() {
        return moderated() && moderatedGrade != grade;
    }
}
