package hearth.childinneed.domain;

import hearth.audit.KeepsHistory;
import hearth.childinneed.ActionStatus;
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

/** An action meeting a need: what is to be done, by whom, by when, and its status as last recorded. */
@Entity
@Table(name = "cin_action")
@KeepsHistory("child in need plan action")
public class PlanAction {

    @Id
    private UUID id;
    @Column(name = "need_id", nullable = false)
    private UUID needId;
    @Column(name = "plan_id", nullable = false)
    private UUID planId;
    @Column(nullable = false)
    private String what;
    @Column(nullable = false)
    private String who;
    @Column(name = "by_when", nullable = false)
    private LocalDate byWhen;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected PlanAction() {
    }

    public PlanAction(UUID needId, UUID planId, String what, String who, LocalDate byWhen, String createdBy,
            Instant createdAt) {
        if (what == null || what.isBlank() || who == null || who.isBlank() || byWhen == null) {
            throw new IllegalArgumentException("An action needs what, who and by when");
        }
        this.id = Ids.next();
        this.needId = needId;
        this.planId = planId;
        this.what = what;
        this.who = who;
        this.byWhen = byWhen;
        this.status = ActionStatus.NOT_STARTED;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void progressed(ActionStatus status) {
        if (status == null) {
            throw new IllegalArgumentException("Progress needs a status");
        }
        this.status = status;
    }

    public UUID getId() {
        return id;
    }

    public UUID getNeedId() {
        return needId;
    }

    public UUID getPlanId() {
        return planId;
    }

    public String getWhat() {
        return what;
    }

    public String getWho() {
        return who;
    }

    public LocalDate getByWhen() {
        return byWhen;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public boolean isVoided() {
        return voided;
    }

    public long getVersion() {
        return version;
    }
}
