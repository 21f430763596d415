package hearth.childinneed;

import static hearth.childinneed.ChildrenInNeed.FIRST_MEETING_RULE;
import static hearth.childinneed.ChildrenInNeed.REVIEW_RULE;
import static hearth.childinneed.ChildrenInNeed.VISIT_RULE;

import hearth.childinneed.domain.CinActionProgress;
import hearth.childinneed.domain.CinActionProgressRepository;
import hearth.childinneed.domain.CinVisit;
import hearth.childinneed.domain.CinVisitRepository;
import hearth.childinneed.domain.Episode;
import hearth.childinneed.domain.EpisodeRepository;
import hearth.childinneed.domain.Plan;
import hearth.childinneed.domain.PlanAction;
import hearth.childinneed.domain.PlanActionRepository;
import hearth.childinneed.domain.PlanNeed;
import hearth.childinneed.domain.PlanNeedRepository;
import hearth.childinneed.domain.PlanRepository;
import hearth.childinneed.domain.Review;
import hearth.childinneed.domain.ReviewAttendee;
import hearth.childinneed.domain.ReviewAttendeeRepository;
import hearth.childinneed.domain.ReviewRepository;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.work.Duties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording the work of an open episode: its primary need, the plan (needs, actions, progress), reviews, visits. */
@Service
class CinRecording {

    private final EpisodeRepository episodes;
    private final PlanRepository plans;
    private final PlanNeedRepository needs;
    private final PlanActionRepository actions;
    private final CinActionProgressRepository progress;
    private final ReviewRepository reviews;
    private final ReviewAttendeeRepository attendees;
    private final CinVisitRepository visits;
    private final Duties duties;
    private final ApplicationEventPublisher events;
    private final EpisodeRecords records;

    CinRecording(EpisodeRepository episodes, PlanRepository plans, PlanNeedRepository needs,
            PlanActionRepository actions, CinActionProgressRepository progress, ReviewRepository reviews,
            ReviewAttendeeRepository attendees, CinVisitRepository visits, Duties duties,
            ApplicationEventPublisher events, EpisodeRecords records) {
        this.episodes = episodes;
        this.plans = plans;
        this.needs = needs;
        this.actions = actions;
        this.progress = progress;
        this.reviews = reviews;
        this.attendees = attendees;
        this.visits = visits;
        this.duties = duties;
        this.events = events;
        this.records = records;
    }

    @Transactional
    public EpisodeView recordPrimaryNeed(UUID episodeId, long seenVersion, PrimaryNeed need) {
        Episode episode = records.current(episodeId, seenVersion);
        episode.recordPrimaryNeed(need);
        return records.view(episodes.saveAndFlush(episode));
    }

    @Transactional
    public PlanView startPlan(UUID episodeId, LocalDate startDate) {
        Episode episode = records.require(episodeId);
        episode.requireNotClosed();
        if (records.currentPlanOf(episodeId).isPresent()) {
            throw new IllegalStateException("The episode already has a child in need plan");
        }
        records.requireDated(startDate, episode.getReferralDate(), "The plan cannot start before the referral");
        Plan plan = plans.save(new Plan(episodeId, episode.getChildId(), startDate, CurrentUser.username(),
                records.now()));
        UUID child = episode.getChildId();
        records.satisfy(child, FIRST_MEETING_RULE, startDate, "First child in need plan meeting");
        duties.open(child, REVIEW_RULE, startDate, "Child in need plan started");
        duties.open(child, VISIT_RULE, startDate, "Child in need plan started");
        return records.view(plan);
    }

    @Transactional
    public UUID addNeed(UUID planId, String description) {
        Plan plan = records.currentPlanById(planId);
        return needs.save(new PlanNeed(plan.getId(), description, CurrentUser.username(), records.now())).getId();
    }

    @Transactional
    public UUID addAction(UUID needId, String what, String who, LocalDate byWhen) {
        PlanNeed need = needs.findById(needId).filter(n -> !n.isVoided())
                .orElseThrow(() -> new NotFoundException("Need"));
        Plan plan = records.currentPlanById(need.getPlanId());
        return actions.save(new PlanAction(need.getId(), plan.getId(), what, who, byWhen, CurrentUser.username(),
                records.now())).getId();
    }

    @Transactional
    public void recordProgress(UUID actionId, long seenVersion, LocalDate date, ActionStatus status, String note) {
        PlanAction action = actions.findById(actionId).filter(a -> !a.isVoided())
                .orElseThrow(() -> new NotFoundException("Action"));
        if (action.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(PlanAction.class, actionId);
        }
        Plan plan = records.currentPlanById(action.getPlanId());
        records.requireDated(date, plan.getStartDate(), "Progress cannot be dated before the plan started");
        action.progressed(status);
        progress.save(new CinActionProgress(actionId, date, status, note, null, CurrentUser.username(),
                records.now()));
    }

    @Transactional
    public UUID recordReview(UUID episodeId, NewReview review) {
        Episode episode = records.require(episodeId);
        episode.requireNotClosed();
        Plan plan = records.currentPlanOf(episodeId)
                .orElseThrow(() -> new IllegalStateException("Start a child in need plan before recording a review"));
        records.requireDated(review.date(), plan.getStartDate(), "A review cannot be dated before the plan started");
        if (review.attendees() == null || review.attendees().isEmpty()) {
            throw new IllegalArgumentException("A review needs at least one person invited");
        }
        String by = CurrentUser.username();
        Instant now = records.now();
        Review saved = reviews.save(new Review(episodeId, plan.getId(), episode.getChildId(), review.date(),
                review.childViews(), review.decision(), by, now));
        for (int i = 0; i < review.attendees().size(); i++) {
            attendees.save(new ReviewAttendee(saved.getId(), i, review.attendees().get(i)));
        }
        for (ProgressUpdate update : review.progress() == null ? List.<ProgressUpdate>of() : review.progress()) {
            PlanAction action = actions.findById(update.actionId()).filter(a -> !a.isVoided())
                    .filter(a -> a.getPlanId().equals(plan.getId()))
                    .orElseThrow(() -> new IllegalArgumentException("The action is not on this plan"));
            action.progressed(update.status());
            progress.save(new CinActionProgress(action.getId(), review.date(), update.status(), update.note(),
                    saved.getId(), by, now));
        }
        records.satisfy(episode.getChildId(), REVIEW_RULE, review.date(), "Child in need review held");
        if (review.decision() == ReviewDecision.CLOSE) {
            episode.markReadyToClose(ClosureReason.RC7);
        }
        events.publishEvent(new ReviewRecorded(episode.getChildId(), episodeId, saved.getId(), review.date(),
                review.decision()));
        return saved.getId();
    }

    @Transactional
    public UUID recordVisit(UUID episodeId, NewVisit visit) {
        Episode episode = records.require(episodeId);
        episode.requireNotClosed();
        records.requireDated(visit.date(), episode.getReferralDate(), "A visit cannot be dated before the referral");
        CinVisit saved = visits.save(new CinVisit(episodeId, episode.getChildId(), visit.date(), visit.seen(),
                visit.seenAlone(), visit.wishesAndFeelings(), CurrentUser.username(), records.now()));
        if (visit.seen()) {
            records.satisfy(episode.getChildId(), VISIT_RULE, visit.date(), "Child in need visit, child seen");
        }
        return saved.getId();
    }
}
