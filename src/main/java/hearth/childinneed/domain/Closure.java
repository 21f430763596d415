package hearth.childinneed.domain;

import hearth.audit.KeepsHistory;
import hearth.childinneed.ClosureProposal;
import hearth.childinneed.ClosureReason;
import hearth.childinneed.ClosureStatus;
import hearth.childinneed.ClosureView;
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

/**
 * A worker's proposal to close an episode, and the manager's answer: returned with a reason, or authorised by a
 * manager who is not the proposer. An authorised closure later reopened keeps its record; the reopening is added.
 */
@Entity
@Table(name = "cin_closure")
@KeepsHistory("child in need closure")
public class Closure {

    @Id
    private UUID id;
    @Column(name = "episode_id", nullable = false)
    private UUID episodeId;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClosureReason reason;
    @Column(nullable = false)
    private String summary;
    @Column(name = "risks_considered", nullable = false)
    private String risksConsidered;
    @Column(name = "without_assessment", nullable = false)
    private boolean withoutAssessment;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClosureStatus status;
    @Column(name = "proposed_by", nullable = false)
    private String proposedBy;
    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "return_reason")
    private String returnReason;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Column(name = "step_down", nullable = false)
    private boolean stepDownToEarlyHelp;
    @Column(name = "reopened_by")
    private String reopenedBy;
    @Column(name = "reopened_at")
    private Instant reopenedAt;
    @Column(name = "reopened_on")
    private LocalDate reopenedOn;
    @Column(name = "reopen_reason")
    private String reopenReason;
    @Version
    private long version;

    protected Closure() {
    }

    /** {@code assessed}: whether the episode has an assessment (RC8 and RC9 without one raise DfE query 8825Q). */
    public Closure(UUID episodeId, UUID childId, ClosureProposal proposal, boolean assessed, String proposedBy,
            Instant proposedAt) {
        if (proposal.reason() == null) {
            throw new IllegalArgumentException("A closure needs a reason");
        }
        if (blank(proposal.summary()) || blank(proposal.risksConsidered())) {
            throw new IllegalArgumentException("A closure needs a summary and the risks considered");
        }
        this.id = Ids.next();
        this.episodeId = episodeId;
        this.childId = childId;
        this.reason = proposal.reason();
        this.summary = proposal.summary();
        this.risksConsidered = proposal.risksConsidered();
        this.withoutAssessment = !assessed && afterAssessment(proposal.reason());
        this.status = ClosureStatus.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    /** RC8 and RC9 say the case closed after an assessment. */
    public static boolean afterAssessment(ClosureReason reason) {
        return reason == ClosureReason.RC8 || reason == ClosureReason.RC9;
    }

    /** A manager other than the proposer authorises; step-down is always true for RC9. */
    public void authorise(String by, Instant at, LocalDate on, boolean stepDown) {
        requireProposed();
        if (by.equals(proposedBy)) {
            throw new IllegalStateException("The manager who authorises a closure cannot be the one who proposed it");
        }
        this.status = ClosureStatus.AUTHORISED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.closedOn = on;
        this.stepDownToEarlyHelp = stepDown || reason == ClosureReason.RC9;
    }

    public void returnToWorker(String by, Instant at, String why) {
        requireProposed();
        if (blank(why)) {
            throw new IllegalArgumentException("Returning a closure needs a reason");
        }
        this.status = ClosureStatus.RETURNED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.returnReason = why;
    }

    public void reopened(String by, Instant at, LocalDate on, String why) {
        if (status != ClosureStatus.AUTHORISED || reopenedAt != null) {
            throw new IllegalStateException("Only an authorised closure can be reopened, once");
        }
        if (blank(why)) {
            throw new IllegalArgumentException("Reopening needs a reason");
        }
        this.reopenedBy = by;
        this.reopenedAt = at;
        this.reopenedOn = on;
        this.reopenReason = why;
    }

    private void requireProposed() {
        if (status != ClosureStatus.PROPOSED) {
            throw new IllegalStateException("This closure is no longer awaiting authorisation");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public ClosureView view() {
        return new ClosureView(id, episodeId, childId, reason, summary, risksConsidered, status, proposedBy,
                proposedAt, decidedBy, decidedAt, returnReason, closedOn, stepDownToEarlyHelp, reopenedBy, reopenedAt,
                reopenReason, withoutAssessment, version);
    }

    public UUID getId() {
        return id;
    }

    public UUID getEpisodeId() {
        return episodeId;
    }

    public UUID getChildId() {
        return childId;
    }

    public ClosureReason getReason() {
        return reason;
    }

    public ClosureStatus getStatus() {
        return status;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public LocalDate getReopenedOn() {
        return reopenedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public boolean isStepDownToEarlyHelp() {
        return stepDownToEarlyHelp;
    }

    public long getVersion() {
        return version;
    }
}
