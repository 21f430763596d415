package hearth.childprotection.domain;

import hearth.audit.KeepsHistory;
import hearth.childprotection.AbuseCategory;
import hearth.childprotection.PlanEndReason;
import hearth.childprotection.PlanStatus;
import hearth.childprotection.PlanView;
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
import java.util.List;
import java.util.UUID;

/**
 * A child protection plan, from the initial conference that started it to the conference that ended it. The number
 * of earlier plans, and whether one ended within two years before this started, are worked out at the start.
 */
@Entity
@Table(name = "cp_plan")
@KeepsHistory("child protection plan")
public class ProtectionPlan {

    /** Reference CP9: plans lasting two years or more, and repeat plans within two years, are flagged. */
    public static final int FLAG_YEARS = 2;

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "conference_id", nullable = false)
    private UUID conferenceId;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "pre_birth", nullable = false)
    private boolean preBirth;
    @Column(name = "born_on")
    private LocalDate bornOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "initial_category", nullable = false)
    private AbuseCategory initialCategory;
    @Enumerated(EnumType.STRING)
    @Column(name = "latest_category", nullable = false)
    private AbuseCategory latestCategory;
    @Column(name = "previous_plans", nullable = false)
    private int previousPlans;
    @Column(name = "previous_within_two_years", nullable = false)
    private boolean previousWithinTwoYears;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private PlanEndReason endReason;
    @Column(name = "continues_cin")
    private Boolean continuesCin;
    @Column(name = "ended_by")
    private String endedBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected ProtectionPlan() {
    }

    /** {@code earlier} are the child's other plans; none may still be active. */
    public ProtectionPlan(UUID childId, UUID conferenceId, LocalDate startDate, boolean preBirth,
            AbuseCategory category, List<ProtectionPlan> earlier, Instant now) {
        if (earlier.stream().anyMatch(p -> p.status == PlanStatus.ACTIVE)) {
            throw new IllegalStateException("The child is already on a child protection plan");
        }
        if (category == null) {
            throw new IllegalArgumentException("A plan needs a category of abuse");
        }
        this.id = Ids.next();
        this.childId = childId;
        this.conferenceId = conferenceId;
        this.startDate = startDate;
        this.preBirth = preBirth;
        this.initialCategory = category;
        this.latestCategory = category;
        List<ProtectionPlan> before = earlier.stream().filter(p -> p.startDate.isBefore(startDate)).toList();
        this.previousPlans = before.size();
        this.previousWithinTwoYears = before.stream()
                .anyMatch(p -> p.endDate != null && !p.endDate.isBefore(startDate.minusYears(FLAG_YEARS)));
        this.status = PlanStatus.ACTIVE;
        this.createdAt = now;
    }

    public void recategorise(AbuseCategory category) {
        requireActive();
        if (category != null) {
            this.latestCategory = category;
        }
    }

    /** ACTIVE to ENDED, on or after the start. */
    public void end(LocalDate on, PlanEndReason reason, boolean continuesAsChildInNeed, String by) {
        requireActive();
        if (on == null || on.isBefore(startDate)) {
            throw new IllegalArgumentException("A plan cannot end before it started");
        }
        if (reason == null) {
            throw new IllegalArgumentException("Ending a plan needs a reason");
        }
        this.status = PlanStatus.ENDED;
        this.endDate = on;
        this.endReason = reason;
        this.continuesCin = continuesAsChildInNeed;
        this.endedBy = by;
    }

    public void born(LocalDate on) {
        if (!preBirth) {
            throw new IllegalStateException("Only a pre-birth plan records the birth");
        }
        if (bornOn != null) {
            throw new IllegalStateException("The birth is already recorded");
        }
        this.bornOn = on;
    }

    public void requireActive() {
        if (status != PlanStatus.ACTIVE || voided) {
            throw new IllegalStateException("The plan has ended");
        }
    }

    /** Open two years or more at {@code today} (or, once ended, at its end). */
    public boolean twoYearsOrMore(LocalDate today) {
        LocalDate to = endDate != null ? endDate : today;
        return !to.isBefore(startDate.plusYears(FLAG_YEARS));
    }

    public PlanView view(LocalDate today) {
        return new PlanView(id, childId, conferenceId, startDate, preBirth, bornOn, initialCategory, latestCategory,
                previousPlans, previousWithinTwoYears, status, endDate, endReason, continuesCin,
                twoYearsOrMore(today), version);
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getBornOn() {
        return bornOn;
    }

    public boolean isPreBirth() {
        return preBirth;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public boolean isVoided() {
        return voided;
    }

    public long getVersion() {
        return version;
    }
}
