package hearth.childinneed.domain;

import hearth.audit.KeepsHistory;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One of the child's needs the plan addresses. */
@Entity
@Table(name = "cin_need")
@KeepsHistory("child in need plan need")
public class PlanNeed {

    @Id
    private UUID id;
    @Column(name = "plan_id", nullable = false)
    private UUID planId;
    @Column(nullable = false)
    private String description;
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

    protected PlanNeed() {
    }

    public PlanNeed(UUID planId, String description, String createdBy, Instant createdAt) {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("A need needs a description");
        }
        this.id = Ids.next();
        this.planId = planId;
        this.description = description;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlanId() {
        return planId;
    }

    public String getDescription() {
        return description;
    }

    public boolean isVoided() {
        return voided;
    }
}
