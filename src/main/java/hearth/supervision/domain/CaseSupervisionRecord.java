package hearth.supervision.domain;

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

/** One case supervision of a child's work: who, when, the discussion, the reflection and the decisions. */
@Entity
@Table(name = "case_supervision")
@KeepsHistory("case supervision")
public class CaseSupervisionRecord {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(nullable = false)
    private String supervisor;
    @Column(nullable = false)
    private String worker;
    @Column(nullable = false)
    private String discussion;
    @Column(nullable = false)
    private String reflection;
    @Column(nullable = false)
    private String decisions;
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

    protected CaseSupervisionRecord() {
    }

    public CaseSupervisionRecord(UUID childId, LocalDate heldOn, String supervisor, String worker, String discussion,
            String reflection, String decisions, Instant recordedAt) {
        if (childId == null || heldOn == null || blank(supervisor) || blank(worker) || blank(discussion)
                || blank(reflection) || blank(decisions)) {
            throw new IllegalArgumentException("Case supervision needs a date, both people, discussion, reflection "
                    + "and decisions");
        }
        this.id = Ids.next();
        this.childId = childId;
        this.heldOn = heldOn;
        this.supervisor = supervisor;
        this.worker = worker;
        this.discussion = discussion;
        this.reflection = reflection;
        this.decisions = decisions;
        this.recordedBy = supervisor;
        this.recordedAt = recordedAt;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getSupervisor() {
        return supervisor;
    }

    public String getWorker() {
        return worker;
    }

    public String getDiscussion() {
        return discussion;
    }

    public String getReflection() {
        return reflection;
    }

    public String getDecisions() {
        return decisions;
    }
}
