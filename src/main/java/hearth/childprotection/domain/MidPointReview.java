package hearth.childprotection.domain;

import hearth.audit.KeepsHistory;
import hearth.childprotection.MidPointReviewView;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The chair's mid-point review of a plan between conferences, with any escalation raised. */
@Entity
@Table(name = "cp_mid_point_review")
@KeepsHistory("mid-point review")
public class MidPointReview {

    @Id
    private UUID id;
    @Column(name = "plan_id", nullable = false)
    private UUID planId;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;
    @Column(nullable = false)
    private String findings;
    @Column(name = "escalation_raised", nullable = false)
    private boolean escalationRaised;
    private String escalation;
    @Column(nullable = false)
    private String chair;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected MidPointReview() {
    }

    public MidPointReview(UUID planId, UUID childId, LocalDate reviewedOn, String findings, boolean escalationRaised,
            String escalation, String chair, Instant recordedAt) {
        this.id = Ids.next();
        this.planId = planId;
        this.childId = childId;
        this.reviewedOn = reviewedOn;
        this.findings = Text.required(findings, "The findings");
        this.escalationRaised = escalationRaised;
        this.escalation = escalationRaised ? Text.required(escalation, "The escalation") : null;
        this.chair = chair;
        this.recordedAt = recordedAt;
    }

    public MidPointReviewView view() {
        return new MidPointReviewView(id, planId, reviewedOn, findings, escalationRaised, escalation, chair);
    }
}
