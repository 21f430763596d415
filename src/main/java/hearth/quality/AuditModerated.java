package hearth.quality;

import java.time.LocalDate;
import java.util.UUID;

/** A second auditor moderated an audit, agreeing its grade or changing it. */
public record AuditModerated(UUID childId, UUID auditId, Grade grade, Grade moderatedGrade, String moderator,
        LocalDate moderatedOn) {

    public boolean agreed() {
        return grade == moderatedGrade;
    }
}
