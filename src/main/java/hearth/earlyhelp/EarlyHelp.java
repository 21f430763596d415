package hearth.earlyhelp;

import hearth.earlyhelp.domain.CheckIn;
import hearth.earlyhelp.domain.CheckInRepository;
import hearth.earlyhelp.domain.EarlyHelpEpisode;
import hearth.earlyhelp.domain.EarlyHelpEpisodeRepository;
import hearth.earlyhelp.domain.EarlyHelpPlanAction;
import hearth.earlyhelp.domain.EarlyHelpPlanActionRepository;
import hearth.earlyhelp.domain.TafReview;
import hearth.earlyhelp.domain.TafReviewRepository;
import hearth.earlyhelp.domain.WaitingEntry;
import hearth.earlyhelp.domain.WaitingEntryRepository;
import hearth.frontdoor.Consent;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.NewContact;
import hearth.frontdoor.ReferralSource;
import hearth.frontdoor.RiskRating;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.HearthUser;
import hearth.timescales.Due;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import hearth.work.Duties;
import hearth.workforce.TeamView;
import hearth.workforce.WorkerView;
import hearth.workforce.Workforce;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API of early help. Episodes open from the front door, from step-downs or at a partner's request;
 * a family may wait for a service, with check-ins due under the {@value #CHECK_IN_RULE} rule; the lead
 * professional, the family help assessment, the team-around-the-family plan and reviews are recorded; an
 * episode ends stepped up (recording a contact at the front door) or closed. Dates are checked against the
 * injected clock. Methods changing an episode take the version the caller saw; pass {@link #CURRENT} when no
 * form is involved (the data generator).
 */
@Service
public class EarlyHelp {

    /** The recurring obligation a place on the waiting list opens. */
    public static final String CHECK_IN_RULE = "early-help-check-in";
    /** "Whatever version is current": for callers that did not show a form. */
    public static final long CURRENT = -1;
    private static final Set<EpisodeStatus> ACTIVE = Set.of(EpisodeStatus.WAITING, EpisodeStatus.OPEN);

    private final EarlyHelpEpisodeRepository episodes;
    private final WaitingEntryRepository waiting;
    private final CheckInRepository checkIns;
    private final EarlyHelpPlanActionRepository actions;
    private final TafReviewRepository reviews;
    private final Duties duties;
    private final Obligations obligations;
    private final FrontDoor frontDoor;
    private final Workforce workforce;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EarlyHelp(EarlyHelpEpisodeRepository episodes, WaitingEntryRepository waiting, CheckInRepository checkIns,
            EarlyHelpPlanActionRepository actions, TafReviewRepository reviews, Duties duties, Obligations obligations,
            FrontDoor frontDoor, Workforce workforce, ApplicationEventPublisher events, Clock clock) {
        this.episodes = episodes;
        this.waiting = waiting;
        this.checkIns = checkIns;
        this.actions = actions;
        this.reviews = reviews;
        this.duties = duties;
        this.obligations = obligations;
        this.frontDoor = frontDoor;
        this.workforce = workforce;
        this.events = events;
        this.clock = clock;
    }

    /** Opens an episode (the child may have only one active at a time). */
    @Transactional
    public EpisodeView open(UUID childId, Origin origin, String reason, LocalDate date) {
        return open(childId, origin, null, reason, date);
    }

    /** Opens an episode recording where it came from (the contact, assessment or child in need episode). */
    @Transactional
    public EpisodeView open(UUID childId, Origin origin, UUID originId, String reason, LocalDate date) {
        notFuture(date);
        if (hasActiveEpisode(childId)) {
            throw new IllegalStateException("The child already has an active episode of early help");
        }
        EarlyHelpEpisode episode = episodes.save(new EarlyHelpEpisode(childId, origin, originId, reason, date, CurrentUser.username(),
                clock.instant()));
        events.publishEvent(new EarlyHelpStarted(childId, episode.getId(), origin, date));
        return episode.view();
    }

    @Transactional(readOnly = true)
    public boolean hasActiveEpisode(UUID childId) {
        return episodes.existsByChildIdAndVoidedFalseAndStatusIn(childId, ACTIVE);
    }

    /** The lead professional from a date. For a Hearth worker, name, role and agency come from the workforce. */
    @Transactional
    public EpisodeView setLeadProfessional(UUID episodeId, long seenVersion, LeadProfessional lead, LocalDate from) {
        EarlyHelpEpisode episode = require(episodeId, seenVersion);
        notFuture(from);
        if (lead.isWorker()) {
            WorkerView worker = workforce.worker(lead.workerUsername())
                    .orElseThrow(() -> new IllegalArgumentException("No such worker: " + lead.workerUsername()));
            String agency = workforce.team(worker.teamId()).map(TeamView::name).orElse("Children's services");
            episode.leadBy(worker.username(), worker.displayName(), agency, worker.jobTitle(), lead.contact(), from);
        } else {
            episode.leadBy(null, lead.name(), lead.agency(), lead.role(), lead.contact(), from);
        }
        return episode.view();
    }

    /** Records (or updates) the family help assessment. */
    @Transactional
    public EpisodeView recordAssessment(UUID episodeId, long seenVersion, FamilyAssessment assessment) {
        EarlyHelpEpisode episode = require(episodeId, seenVersion);
        notFuture(assessment.startedOn());
        notFuture(assessment.completedOn());
        episode.assessed(assessment);
        return episode.view();
    }

    /** Adds an action to the team-around-the-family plan; answers its id. */
    @Transactional
    public UUID addPlanAction(UUID episodeId, String outcome, String action, String who, LocalDate byWhen) {
        require(episodeId, CURRENT).requireActive();
        return actions.save(new EarlyHelpPlanAction(episodeId, outcome, action, who, byWhen, CurrentUser.username(),
                clock.instant())).view().id();
    }

    /** Records progress on an action, on the version of it the caller saw. */
    @Transactional
    public PlanActionView recordProgress(UUID actionId, long seenVersion, Progress progress, String note,
            LocalDate on) {
        EarlyHelpPlanAction action = actions.findById(actionId).filter(a -> !a.isVoided())
                .orElseThrow(() -> new NotFoundException("Plan action"));
        if (seenVersion != CURRENT && action.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(EarlyHelpPlanAction.class, actionId);
        }
        require(action.getEpisodeId(), CURRENT).requireActive();
        notFuture(on);
        action.progressed(progress, note, on);
        return action.view();
    }

    /** Records a team-around-the-family review; answers its id. */
    @Transactional
    public UUID recordReview(UUID episodeId, LocalDate heldOn, List<Attendee> attendees, String progress,
            ReviewDecision decision, String decisionNote) {
        EarlyHelpEpisode episode = require(episodeId, CURRENT);
        episode.requireActive();
        notFuture(heldOn);
        if (heldOn != null && heldOn.isBefore(episode.getStartedOn())) {
            throw new IllegalArgumentException("A review cannot be before the episode began");
        }
        return reviews.save(new TafReview(episodeId, heldOn, attendees, progress, decision, decisionNote,
                CurrentUser.username(), clock.instant())).view().id();
    }

    /**
     * Puts the family on the waiting list for a service, from a date, and opens the recurring check-in
     * obligation from that date. Answers the place's id.
     */
    @Transactional
    public UUID addToWaitingList(UUID episodeId, long seenVersion, String service, LocalDate since,
            Priority priority) {
        EarlyHelpEpisode episode = require(episodeId, seenVersion);
        notFuture(since);
        if (since != null && since.isBefore(episode.getStartedOn())) {
            throw new IllegalArgumentException("A family cannot wait from before the episode began");
        }
        episode.waitForService();
        WaitingEntry entry = waiting.save(new WaitingEntry(episodeId, episode.getChildId(), service, since, priority));
        entry.nextCheckIn(duties.open(episode.getChildId(), CHECK_IN_RULE, since,
                "Added to the early help waiting list"));
        return entry.getId();
    }

    /** A check-in held with a waiting family: satisfies the check-in due, and the next is due from this one. */
    @Transactional
    public void recordCheckIn(UUID episodeId, LocalDate heldOn, String heldBy, String note) {
        require(episodeId, CURRENT).requireActive();
        WaitingEntry entry = currentWaiting(episodeId)
                .orElseThrow(() -> new IllegalStateException("The family is not on the waiting list"));
        notFuture(heldOn);
        entry.checkedIn(heldOn);
        checkIns.save(new CheckIn(entry.getId(), episodeId, heldOn, heldBy, note, CurrentUser.username(),
                clock.instant()));
        if (entry.getObligationId() != null) {
            entry.nextCheckIn(obligations.satisfy(entry.getObligationId(), heldOn.atStartOfDay(Due.LONDON).toInstant(),
                    "Check-in held").orElse(null));
        }
    }

    /** The service starts: the family leaves the waiting list (if on it) and the check-ins stop. */
    @Transactional
    public EpisodeView startService(UUID episodeId, long seenVersion, LocalDate on) {
        EarlyHelpEpisode episode = require(episodeId, seenVersion);
        notFuture(on);
        leaveWaitingList(episodeId, on, LeftWaitingList.SERVICE_STARTED);
        episode.startService(on);
        return episode.view();
    }

    /**
     * Steps the child up to social care: records a contact at the front door (source 5D, LA services: early
     * help) with the reason as the concern, and ends the episode STEPPED_UP. Answers the contact's id.
     */
    @Transactional
    public UUID stepUp(UUID episodeId, long seenVersion, String reason, Consent consent, RiskRating risk) {
        EarlyHelpEpisode episode = require(episodeId, seenVersion);
        episode.requireActive();
        if (consent == null || risk == null) {
            throw new IllegalArgumentException("Stepping up needs the family's consent position and a risk rating");
        }
        LocalDate today = today();
        EpisodeView view = episode.view();
        String referrer = CurrentUser.get().map(HearthUser::displayName).orElse("Early help") + " (early help)";
        String reach = view.lead() != null && view.lead().contact() != null ? view.lead().contact()
                : "Through Hearth: " + CurrentUser.username();
        ContactView contact = frontDoor.record(new NewContact(episode.getChildId(), clock.instant(), ReferralSource.S5D,
                referrer, reach, reason, consent != Consent.NOT_SOUGHT, consent, false, null, risk));
        leaveWaitingList(episodeId, today, LeftWaitingList.STEPPED_UP);
        episode.stepUp(today, reason, contact.id());
        events.publishEvent(new EarlyHelpSteppedUp(episode.getChildId(), episodeId, contact.id(), today));
        return contact.id();
    }

    /** Closes the episode with an outcome; a family declining leaves the waiting list as DECLINED. */
    @Transactional
    public EpisodeView close(UUID episodeId, long seenVersion, LocalDate on, ClosureOutcome outcome, String note) {
        EarlyHelpEpisode episode = require(episodeId, seenVersion);
        notFuture(on);
        episode.requireActive();
        leaveWaitingList(episodeId, on, outcome == ClosureOutcome.FAMILY_DECLINED ? LeftWaitingList.DECLINED
                : LeftWaitingList.CLOSED);
        episode.close(on, outcome, note);
        events.publishEvent(new EarlyHelpClosed(episode.getChildId(), episodeId, on, outcome));
        return episode.view();
    }

    /** Voids an episode recorded in error (and its place on the waiting list with its check-in clock). */
    @Transactional
    public void voidEpisode(UUID episodeId, String reason) {
        EarlyHelpEpisode episode = require(episodeId, CURRENT);
        currentWaiting(episodeId).ifPresent(w -> {
            if (w.getObligationId() != null) {
                obligations.voidObligation(w.getObligationId(), "Early help episode voided: " + reason);
                w.nextCheckIn(null);
            }
        });
        episode.voidEpisode(reason);
    }

    @Transactional(readOnly = true)
    public Optional<EpisodeView> find(UUID episodeId) {
        return episodes.findById(episodeId).filter(e -> !e.isVoided()).map(EarlyHelpEpisode::view);
    }

    /** The child's episodes, latest first. */
    @Transactional(readOnly = true)
    public List<EpisodeView> episodesFor(UUID childId) {
        return episodes.findByChildIdAndVoidedFalseOrderByStartedOnDescRecordedAtDescIdDesc(childId).stream()
                .map(EarlyHelpEpisode::view).toList();
    }

    /** Every child's episodes open at some time from {@code from} to {@code to}, earliest started first (Annex A). */
    @Transactional(readOnly = true)
    public List<EpisodeView> episodesDuring(LocalDate from, LocalDate to) {
        return episodes.findOpenDuring(from, to).stream().map(EarlyHelpEpisode::view).toList();
    }

    /** The active episodes (waiting or open) of these children, e.g. a child's siblings. */
    @Transactional(readOnly = true)
    public List<EpisodeView> activeEpisodesOf(List<UUID> childIds) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        return episodes.findByChildIdInAndVoidedFalseAndStatusIn(childIds, ACTIVE).stream().map(EarlyHelpEpisode::view).toList();
    }

    @Transactional(readOnly = true)
    public List<PlanActionView> planFor(UUID episodeId) {
        return actions.findByEpisodeIdAndVoidedFalseOrderByByWhenAscRecordedAtAsc(episodeId).stream()
                .map(EarlyHelpPlanAction::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PlanActionView> findAction(UUID actionId) {
        return actions.findById(actionId).filter(a -> !a.isVoided()).map(EarlyHelpPlanAction::view);
    }

    /** Reviews, latest first. */
    @Transactional(readOnly = true)
    public List<ReviewView> reviewsFor(UUID episodeId) {
        return reviews.findByEpisodeIdAndVoidedFalseOrderByHeldOnDescRecordedAtDesc(episodeId).stream()
                .map(TafReview::view).toList();
    }

    /** The episode's places on the waiting list, latest first. */
    @Transactional(readOnly = true)
    public List<WaitingView> waitingFor(UUID episodeId) {
        return waiting.findByEpisodeIdOrderBySinceDesc(episodeId).stream().map(this::view).toList();
    }

    /** Check-ins, latest first. */
    @Transactional(readOnly = true)
    public List<CheckInView> checkInsFor(UUID episodeId) {
        return checkIns.findByEpisodeIdOrderByHeldOnDescRecordedAtDesc(episodeId).stream().map(CheckIn::view).toList();
    }

    /** Families waiting now, longest wait first (ties: higher priority first). */
    @Transactional(readOnly = true)
    public List<WaitingView> waitingList() {
        List<WaitingView> list = new ArrayList<>(waiting.findByLeftOnIsNullOrderBySinceAsc().stream()
                .filter(w -> find(w.getEpisodeId()).isPresent()).map(this::view).toList());
        list.sort(Comparator.comparingLong(WaitingView::daysWaiting).reversed()
                .thenComparing(WaitingView::priority));
        return list;
    }

    private WaitingView view(WaitingEntry w) {
        ObligationView due = w.isWaiting() && w.getObligationId() != null
                ? obligations.find(w.getObligationId()).filter(o -> o.state().isOpen()).orElse(null) : null;
        return new WaitingView(w.getId(), w.getEpisodeId(), w.getChildId(), w.getService(), w.getSince(),
                w.getPriority(), w.daysWaiting(today()), w.getLastCheckIn(), due == null ? null : due.dueDate(),
                due != null && due.state() == ObligationState.OVERDUE, due == null ? null : due.id(), w.getLeftOn(),
                w.getLeftBecause());
    }

    private void leaveWaitingList(UUID episodeId, LocalDate on, LeftWaitingList because) {
        currentWaiting(episodeId).ifPresent(w -> {
            w.leave(on, because);
            if (w.getObligationId() != null) {
                obligations.voidObligation(w.getObligationId(), "Left the early help waiting list: " + because);
                w.nextCheckIn(null);
            }
        });
    }

    private Optional<WaitingEntry> currentWaiting(UUID episodeId) {
        return waiting.findByEpisodeIdOrderBySinceDesc(episodeId).stream().filter(WaitingEntry::isWaiting).findFirst();
    }

    private EarlyHelpEpisode require(UUID episodeId, long seenVersion) {
        EarlyHelpEpisode episode = episodes.findById(episodeId).filter(e -> !e.isVoided())
                .orElseThrow(() -> new NotFoundException("Early help episode"));
        if (seenVersion != CURRENT && episode.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(EarlyHelpEpisode.class, episodeId);
        }
        return episode;
    }

    private void notFuture(LocalDate date) {
        if (date != null && date.isAfter(today())) {
            throw new IllegalArgumentException("The date cannot be in the future");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Due.LONDON));
    }
}
