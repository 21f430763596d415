package hearth.childinneed.domain;

import hearth.audit.KeepsHistory;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A child in need plan, started at its first planning meeting (CIN census CINPlanStartDate) and ended when the
 * episode closes (CINPlanEndDate). Once ended it stays ended; a reopened episode starts a new plan.
 */
@Entity
@Table(name = "cin_plan")
@KeepsHistory("child in need plan")
public class Plan {

    @Id
    private UUID id;
    @Column(name = "episode_id", nullable = false)
    private UUID episodeId;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(name = "end_reason")
    private String endReason;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Plan() {
    }

    public Plan(UUID episodeId, UUID childId, LocalDate startDate, String createdBy, Instant createdAt) {
        this.id = Ids.next();
        this.episodeId = episodeId;
        this.childId = childId;
        this.startDate = startDate;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void end(LocalDate on, String reason) {
        if (endDate != null) {
            throw new IllegalStateException("The plan has already ended");
        }
        this.endDate = on.isBefore(startDate) ? startDate : on;
        this.endReason = reason;
    }

    public void requireCurrent() {
        if (endDate != null) {
            throw new IllegalStateException("The plan has ended");
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getEpisodeId() {
        return episodeId;
    }

    public UUID getChildId() {
        return childId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getEndReason() {
        return endReason;
    }
}
