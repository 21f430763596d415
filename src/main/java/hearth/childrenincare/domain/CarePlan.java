package hearth.childrenincare.domain;

import hearth.audit.KeepsHistory;
import hearth.childrenincare.CarePlanView;
import hearth.childrenincare.CareReviewView;
import hearth.childrenincare.CareVisitView;
import hearth.childrenincare.IroContactView;
import hearth.childrenincare.Participation;
import hearth.childrenincare.PermanencePlan;
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

/** A care plan for a looked after child, or a revision of it, with the permanence plan once there is one. */
@Entity
@Table(name = "cic_care_plan")
@KeepsHistory("care plan")
public class CarePlan {

    @Id
    private UUID id;
    @Column(name = "period_id", nullable = false)
    private UUID periodId;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "plan_date", nullable = false)
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    @Column(name = "permanence_plan")
    private PermanencePlan permanencePlan;
    @Column(nullable = false)
    private String summary;
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

    protected CarePlan() {
    }

    public CarePlan(UUID periodId, UUID childId, LocalDate date, PermanencePlan permanencePlan, String summary,
            String recordedBy, Instant recordedAt) {
        if (date == null || CareReview.blank(summary)) {
            throw new IllegalArgumentException("A care plan needs a date and a summary");
        }
        this.id = Ids.next();
        this.periodId = periodId;
        this.childId = childId;
        this.date = date;
        this.permanencePlan = permanencePlan;
        this.summary = summary;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public CarePlanView view() {
        return new CarePlanView(id, periodId, date, permanencePlan, summary, recordedBy);
    }

    public UUID getId() {
        return id;
    }
}
