package hearth.childprotection.domain;

import hearth.audit.KeepsHistory;
import hearth.childprotection.ActionView;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An action with an owner, agreed at a strategy discussion or part of a child protection plan. */
@Entity
@Table(name = "cp_action")
@KeepsHistory("child protection action")
public class AgreedAction {

    public static final String STRATEGY = "STRATEGY";
    public static final String PLAN = "PLAN";

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "parent_kind", nullable = false)
    private String parentKind;
    @Column(name = "parent_id", nullable = false)
    private UUID parentId;
    @Column(nullable = false)
    private String description;
    @Column(nullable = false)
    private String owner;
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

    protected AgreedAction() {
    }

    public AgreedAction(UUID childId, String parentKind, UUID parentId, String description, String owner,
            String createdBy, Instant createdAt) {
        this.id = Ids.next();
        this.childId = childId;
        this.parentKind = parentKind;
        this.parentId = parentId;
        this.description = Text.required(description, "An action");
        this.owner = Text.required(owner, "The action's owner");
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public ActionView view() {
        return new ActionView(id, parentId, description, owner);
    }

    public UUID getId() {
        return id;
    }
}
