package hearth.childprotection.domain;

import hearth.audit.KeepsHistory;
import hearth.childprotection.NewVisit;
import hearth.childprotection.VisitView;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A child protection visit: whether the child was seen, seen alone, and their wishes and feelings. */
@Entity
@Table(name = "cp_visit")
@KeepsHistory("child protection visit")
public class ProtectionVisit {

    @Id
    private UUID id;
    @Column(name = "plan_id", nullable = false)
    private UUID planId;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "visited_on", nullable = false)
    private LocalDate visitedOn;
    @Column(name = "child_seen", nullable = false)
    private boolean childSeen;
    @Column(name = "seen_alone", nullable = false)
    private boolean seenAlone;
    @Column(nullable = false)
    private String wishes;
    private String notes;
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

    protected ProtectionVisit() {
    }

    public ProtectionVisit(UUID planId, UUID childId, NewVisit v, String recordedBy, Instant recordedAt) {
        if (v.seenAlone() && !v.childSeen()) {
            throw new IllegalArgumentException("A child not seen cannot have been seen alone");
        }
        this.id = Ids.next();
        this.planId = planId;
        this.childId = childId;
        this.visitedOn = v.visitedOn();
        this.childSeen = v.childSeen();
        this.seenAlone = v.seenAlone();
        this.wishes = Text.required(v.wishesAndFeelings(), "The child's wishes and feelings");
        this.notes = Text.optional(v.notes());
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public VisitView view() {
        return new VisitView(id, planId, visitedOn, childSeen, seenAlone, wishes, notes, recordedBy);
    }
}
