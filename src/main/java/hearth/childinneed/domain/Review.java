package hearth.childinneed.domain;

import hearth.audit.KeepsHistory;
import hearth.childinneed.ReviewDecision;
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

/** A child in need review: its date, the child's views and the decision (attendees and progress are kept apart). */
@Entity
@Table(name = "cin_review")
@KeepsHistory("child in need review")
public class Review {

    @Id
    private UUID id;
    @Column(name = "episode_id", nullable = false)
    private UUID episodeId;
    @Column(name = "plan_id", nullable = false)
    private UUID planId;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "review_date", nullable = false)
    private LocalDate date;
    @Column(name = "child_views", nullable = false)
    private String childViews;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewDecision decision;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected Review() {
    }

    public Review(UUID episodeId, UUID planId, UUID childId, LocalDate date, String childViews,
            ReviewDecision decision, String recordedBy, Instant recordedAt) {
        if (date == null || decision == null || childViews == null || childViews.isBlank()) {
            throw new IllegalArgumentException("A review needs a date, the child's views and a decision");
        }
        this.id = Ids.next();
        this.episodeId = episodeId;
        this.planId = planId;
        this.childId = childId;
        this.date = date;
        this.childViews = childViews;
        this.decision = decision;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getEpisodeId() {
        return episodeId;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getChildViews() {
        return childViews;
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
