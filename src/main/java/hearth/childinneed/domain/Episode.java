package hearth.childinneed.domain;

import hearth.audit.KeepsHistory;
import hearth.childinneed.ClosureReason;
import hearth.childinneed.EpisodeStatus;
import hearth.childinneed.EpisodeView;
import hearth.childinneed.PrimaryNeed;
import hearth.frontdoor.ReferralSource;
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
 * A child's episode of need (CIN census CINdetails), from the referral that opened it to its authorised closure.
 * OPEN to CLOSURE_PROPOSED (a worker proposes) and back (a manager returns it), CLOSURE_PROPOSED to CLOSED (a
 * manager authorises), CLOSED to OPEN (a manager reopens; the closure itself is kept on its own record).
 */
@Entity
@Table(name = "cin_episode")
@KeepsHistory("child in need episode")
public class Episode {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "referral_date", nullable = false)
    private LocalDate referralDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralSource source;
    @Enumerated(EnumType.STRING)
    @Column(name = "primary_need")
    private PrimaryNeed primaryNeed;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EpisodeStatus status;
    @Column(name = "ready_to_close", nullable = false)
    private boolean readyToClose;
    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_reason")
    private ClosureReason suggestedReason;
    @Column(name = "assessment_id")
    private UUID assessmentId;
    @Column(name = "assessment_completed_on")
    private LocalDate assessmentCompletedOn;
    @Column(name = "plan_needed", nullable = false)
    private boolean planNeeded;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    private ClosureReason closureReason;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Version
    private long version;

    protected Episode() {
    }

    public Episode(UUID childId, LocalDate referralDate, ReferralSource source, Instant openedAt) {
        if (childId == null || referralDate == null || source == null) {
            throw new IllegalArgumentException("An episode needs a child, a referral date and a source");
        }
        this.id = Ids.next();
        this.childId = childId;
        this.referralDate = referralDate;
        this.source = source;
        this.status = EpisodeStatus.OPEN;
        this.openedAt = openedAt;
    }

    public void recordPrimaryNeed(PrimaryNeed need) {
        requireNotClosed();
        if (need == null) {
            throw new IllegalArgumentException("Choose a primary need");
        }
        this.primaryNeed = need;
    }

    /** An authorised assessment on this episode: what it concluded decides what the episode needs next. */
    public void assessed(UUID assessmentId, LocalDate completedOn, boolean needsPlan, ClosureReason closeWith) {
        requireNotClosed();
        this.assessmentId = assessmentId;
        this.assessmentCompletedOn = completedOn;
        this.planNeeded = needsPlan;
        if (closeWith != null) {
            markReadyToClose(closeWith);
        }
    }

    /** Child protection stepped the child down (no conference, or a plan ended): a child in need plan is next. */
    public void needsChildInNeedPlan() {
        requireNotClosed();
        this.planNeeded = true;
    }

    /** The work concluded the episode can close; the closure form is pre-filled with {@code reason}. */
    public void markReadyToClose(ClosureReason reason) {
        requireNotClosed();
        this.readyToClose = true;
        this.suggestedReason = reason;
    }

    public void closureProposed() {
        if (status != EpisodeStatus.OPEN) {
            throw new IllegalStateException(status == EpisodeStatus.CLOSED ? "The episode is already closed"
                    : "A closure is already awaiting authorisation");
        }
        this.status = EpisodeStatus.CLOSURE_PROPOSED;
    }

    public void closureReturned() {
        if (status != EpisodeStatus.CLOSURE_PROPOSED) {
            throw new IllegalStateException("No closure is awaiting authorisation");
        }
        this.status = EpisodeStatus.OPEN;
    }

    public void close(LocalDate on, ClosureReason reason) {
        if (status != EpisodeStatus.CLOSURE_PROPOSED) {
            throw new IllegalStateException("Only a proposed closure can be authorised");
        }
        if (on.isBefore(referralDate)) {
            throw new IllegalArgumentException("An episode cannot close before its referral date (DfE rule 8630)");
        }
        this.status = EpisodeStatus.CLOSED;
        this.closedOn = on;
        this.closureReason = reason;
        this.readyToClose = false;
        this.planNeeded = false;
    }

    public void reopen() {
        if (status != EpisodeStatus.CLOSED) {
            throw new IllegalStateException("Only a closed episode can be reopened");
        }
        this.status = EpisodeStatus.OPEN;
        this.closedOn = null;
        this.closureReason = null;
        this.suggestedReason = null;
    }

    public void requireNotClosed() {
        if (status == EpisodeStatus.CLOSED) {
            throw new IllegalStateException("The episode is closed");
        }
    }

    public EpisodeView view(List<EpisodeView.EpisodeReferral> referrals) {
        return new EpisodeView(id, childId, referralDate, source, referrals, primaryNeed, status, readyToClose,
                suggestedReason, assessmentId, assessmentCompletedOn, planNeeded, closedOn, closureReason, version);
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public LocalDate getReferralDate() {
        return referralDate;
    }

    public EpisodeStatus getStatus() {
        return status;
    }

    public UUID getAssessmentId() {
        return assessmentId;
    }

    public long getVersion() {
        return version;
    }
}
