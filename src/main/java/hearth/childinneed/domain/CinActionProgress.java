package hearth.childinneed.domain;

import hearth.audit.KeepsHistory;
import hearth.childinneed.ActionStatus;
import hearth.childinneed.PlanView;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Progress recorded against an action on a date, on its own or at a review; earlier entries are never changed. */
@Entity
@Table(name = "cin_action_progress")
@KeepsHistory("child in need action progress")
public class CinActionProgress {

    @Id
    private UUID id;
    @Column(name = "action_id", nullable = false)
    private UUID actionId;
    @Column(name = "progress_date", nullable = false)
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status;
    private String note;
    @Column(name = "review_id")
    private UUID reviewId;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Version
    private long version;

    protected CinActionProgress() {
    }

    public CinActionProgress(UUID actionId, LocalDate date, ActionStatus status, String note, UUID reviewId,
            String recordedBy, Instant recordedAt) {
        if (date == null || status == null) {
            throw new IllegalArgumentException("Progress needs a date and a status");
        }
        this.id = Ids.next();
        this.actionId = actionId;
        this.date = date;
        this.status = status;
        this.note = note;
        this.reviewId = reviewId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public PlanView.Progress view() {
        return new PlanView.Progress(actionId, date, status, note, recordedBy, reviewId);
    }

    public UUID getActionId() {
        return actionId;
    }

    public UUID getReviewId() {
        return reviewId;
    }
}
