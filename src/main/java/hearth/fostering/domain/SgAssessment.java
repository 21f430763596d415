package hearth.fostering.domain;

import hearth.audit.KeepsHistory;
import hearth.fostering.SpecialGuardianshipView;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A special guardianship assessment: the s14A report for a prospective special guardian, and the support plan. */
@Entity
@Table(name = "fostering_sg_assessment")
@KeepsHistory("special guardianship assessment")
public class SgAssessment {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "applicant_name", nullable = false)
    private String applicantName;
    @Column(name = "notice_on", nullable = false)
    private LocalDate noticeOn;
    @Column(name = "court_directed", nullable = false)
    private boolean courtDirected;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    private String recommendation;
    @Column(name = "support_plan")
    private String supportPlan;
    @Column(name = "support_plan_on")
    private LocalDate supportPlanOn;
    @Column(name = "obligation_id")
    private UUID obligationId;
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

    protected SgAssessment() {
    }

    public SgAssessment(UUID childId, String applicant, LocalDate noticeOn, LocalDate courtDue, LocalDate today,
            String recordedBy, Instant recordedAt) {
        FosteringChecks.notFuture(noticeOn, today, "The notice");
        FosteringChecks.check(courtDue == null || courtDue.isAfter(noticeOn), "courtDueBeforeNotice",
                "The court's date is before the notice");
        this.id = Ids.next();
        this.childId = childId;
        this.applicantName = FosteringChecks.required(applicant, 200, "The applicant");
        this.noticeOn = noticeOn;
        this.courtDirected = courtDue != null;
        this.dueOn = courtDue != null ? courtDue : noticeOn.plusMonths(3);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void complete(LocalDate on, String recommendation, LocalDate today) {
        FosteringChecks.check(completedOn == null, "reportDone", "The report is already complete");
        FosteringChecks.notFuture(on, today, "The report");
        FosteringChecks.check(!on.isBefore(noticeOn), "reportBeforeNotice", "The report is before the notice");
        this.recommendation = FosteringChecks.required(recommendation, 2000, "The recommendation");
        this.completedOn = on;
    }

    public void supportPlan(LocalDate on, String plan, LocalDate today) {
        FosteringChecks.notFuture(on, today, "The support plan");
        this.supportPlan = FosteringChecks.required(plan, 4000, "The support plan");
        this.supportPlanOn = on;
    }

    public void obligation(UUID id) {
        this.obligationId = id;
    }

    public UUID getObligationId() {
        return obligationId;
    }

    public long getVersion() {
        return version;
    }

    public SpecialGuardianshipView view() {
        return new SpecialGuardianshipView(id, childId, applicantName, noticeOn, courtDirected, dueOn, completedOn,
                recommendation, supportPlan, supportPlanOn, version);
    }
}
