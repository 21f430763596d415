package hearth.fostering;

import hearth.fostering.domain.KinshipApproval;
import hearth.fostering.domain.KinshipApprovalRepository;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.timescales.Due;
import hearth.timescales.ObligationState;
import hearth.timescales.Obligations;
import hearth.work.Duties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API for connected persons (kinship carers): temporary approval for a named child for up to 16 weeks
 * (Care Planning regs reg 24), one extension of up to 8 weeks decided by a nominated officer (reg 25), and what
 * happened. The full assessment's decision is an obligation due when the approval runs out, so it shows in the
 * worker's My work and on the kinship list before it does.
 */
@Service
public class ConnectedPersons {

    /** The full assessment decided before the 16 weeks of temporary approval run out. */
    public static final String APPROVAL_RULE = "connected-person-temporary-approval";
    /** The full assessment decided before the extended approval runs out. */
    public static final String EXTENDED_RULE = "connected-person-extended-approval";

    private final KinshipApprovalRepository approvals;
    private final Duties duties;
    private final Obligations obligations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConnectedPersons(KinshipApprovalRepository approvals, Duties duties, Obligations obligations,
            ApplicationEventPublisher events, Clock clock) {
        this.approvals = approvals;
        this.duties = duties;
        this.obligations = obligations;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Due.LONDON);
    }

    /** Temporary approval of a connected person for the child; the 16-week clock starts on {@code approvedOn}. */
    @Transactional
    public KinshipApprovalView approve(UUID childId, String carerName, String relationship, LocalDate approvedOn) {
        if (approvals.findByChildIdAndVoidedFalseOrderByApprovedOnDesc(childId).stream()
                .anyMatch(a -> a.view().open())) {
            throw new FosteringRuleBroken("fostering.rule.alreadyApproved",
                    "The child already has a connected person's temporary approval running");
        }
        KinshipApproval a = new KinshipApproval(childId, carerName, relationship, approvedOn, today(),
                CurrentUser.username(), clock.instant());
        a.obligation(duties.open(childId, APPROVAL_RULE, approvedOn,
                "Connected person temporarily approved (reg 24): " + a.view().carerName()));
        approvals.save(a);
        KinshipApprovalView v = a.view();
        events.publishEvent(new ConnectedPersonApproved(childId, a.getId(), v.carerName(), v.relationship(),
                approvedOn, v.expiresOn(), CurrentUser.username()));
        return v;
    }

    /** The one extension (reg 25): the assessment's clock moves to the new end of the approval. */
    @Transactional
    public KinshipApprovalView extend(UUID approvalId, long seenVersion, LocalDate on, int weeks, String reason,
            String nominatedOfficer) {
        KinshipApproval a = seen(require(approvalId), seenVersion);
        a.extend(on, weeks, reason, nominatedOfficer, today());
        LocalDate until = a.view().expiresOn();
        voidIfOpen(a.getObligationId(), "Temporary approval extended on " + on + " to " + until);
        a.obligation(duties.open(a.getChildId(), EXTENDED_RULE, until.minusWeeks(KinshipApproval.MAX_EXTENSION_WEEKS),
                "Temporary approval extended by " + weeks + " weeks (reg 25): runs out on " + until));
        events.publishEvent(new ConnectedPersonApprovalExtended(a.getChildId(), a.getId(), on, weeks, until,
                a.view().nominatedOfficer(), a.view().extensionReason()));
        return flushed(a);
    }

    /** What happened: approved as foster carer, not approved, or the child moved. Meets the assessment's clock. */
    @Transactional
    public KinshipApprovalView decide(UUID approvalId, long seenVersion, KinshipOutcome outcome, LocalDate on,
            String notes) {
        KinshipApproval a = seen(require(approvalId), seenVersion);
        a.decide(outcome, on, notes, today());
        obligations.find(a.getObligationId()).filter(o -> o.state().isOpen()).ifPresent(o -> {
            if (outcome == KinshipOutcome.CHILD_MOVED) {
                obligations.voidObligation(o.id(), "The child moved before the full assessment was decided");
            } else {
                obligations.satisfy(o.id(), on.atStartOfDay(Due.LONDON).toInstant(),
                        "Full assessment decided: " + outcome);
            }
        });
        events.publishEvent(new ConnectedPersonApprovalEnded(a.getChildId(), a.getId(), a.view().carerName(), outcome,
                on, CurrentUser.username()));
        return flushed(a);
    }

    @Transactional(readOnly = true)
    public Optional<KinshipApprovalView> find(UUID approvalId) {
        return approvals.findById(approvalId).filter(a -> !a.isVoided()).map(KinshipApproval::view);
    }

    /** The child's approvals, latest first. */
    @Transactional(readOnly = true)
    public List<KinshipApprovalView> forChild(UUID childId) {
        return approvals.findByChildIdAndVoidedFalseOrderByApprovedOnDesc(childId).stream().map(KinshipApproval::view)
                .toList();
    }

    /** Every approval still running, soonest to run out first. */
    @Transactional(readOnly = true)
    public List<KinshipApprovalView> running() {
        return approvals.findByOutcomeIsNullAndVoidedFalseOrderByExpiresOnAsc().stream().map(KinshipApproval::view)
                .toList();
    }

    /** The state of the approval's assessment obligation now (for the due / overdue tag). */
    @Transactional(readOnly = true)
    public Optional<ObligationState> clockState(UUID approvalId) {
        return approvals.findById(approvalId).map(KinshipApproval::getObligationId).flatMap(obligations::find)
                .map(o -> o.state());
    }

    private void voidIfOpen(UUID obligationId, String reason) {
        if (obligationId != null) {
            obligations.find(obligationId).filter(o -> o.state().isOpen())
                    .ifPresent(o -> obligations.voidObligation(o.id(), reason));
        }
    }

    private KinshipApproval require(UUID id) {
        return approvals.findById(id).orElseThrow(() -> new NotFoundException("Connected person approval"));
    }

    private KinshipApprovalView flushed(KinshipApproval a) {
        approvals.flush();
        return a.view();
    }

    private static KinshipApproval seen(KinshipApproval a, long seenVersion) {
        if (a.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(KinshipApproval.class, "seen version " + seenVersion);
        }
        return a;
    }
}
