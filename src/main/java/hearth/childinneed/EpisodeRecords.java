package hearth.childinneed;

import hearth.childinneed.domain.CinActionProgress;
import hearth.childinneed.domain.CinActionProgressRepository;
import hearth.childinneed.domain.Episode;
import hearth.childinneed.domain.EpisodeReferralLink;
import hearth.childinneed.domain.EpisodeReferralLinkRepository;
import hearth.childinneed.domain.EpisodeRepository;
import hearth.childinneed.domain.Plan;
import hearth.childinneed.domain.PlanAction;
import hearth.childinneed.domain.PlanActionRepository;
import hearth.childinneed.domain.PlanNeed;
import hearth.childinneed.domain.PlanNeedRepository;
import hearth.childinneed.domain.PlanRepository;
import hearth.platform.web.NotFoundException;
import hearth.timescales.Due;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * What the children in need services share: finding episodes and plans (and refusing stale versions), today from
 * the injected clock, date checks, the child in need clocks, and building the published views.
 */
@Component
class EpisodeRecords {

    private final EpisodeRepository episodes;
    private final EpisodeReferralLinkRepository referrals;
    private final PlanRepository plans;
    private final PlanNeedRepository needs;
    private final PlanActionRepository actions;
    private final CinActionProgressRepository progress;
    private final Obligations obligations;
    private final Clock clock;

    EpisodeRecords(EpisodeRepository episodes, EpisodeReferralLinkRepository referrals, PlanRepository plans,
            PlanNeedRepository needs, PlanActionRepository actions, CinActionProgressRepository progress,
            Obligations obligations, Clock clock) {
        this.episodes = episodes;
        this.referrals = referrals;
        this.plans = plans;
        this.needs = needs;
        this.actions = actions;
        this.progress = progress;
        this.obligations = obligations;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Due.LONDON));
    }

    Optional<Episode> openEpisode(UUID childId) {
        return episodes.findByChildIdOrderByReferralDateDescOpenedAtDesc(childId).stream()
                .filter(e -> e.getStatus().isOpen()).findFirst();
    }

    Episode require(UUID episodeId) {
        return episodes.findById(episodeId).orElseThrow(() -> new NotFoundException("Episode"));
    }

    /** The episode, if it is still at the version the user saw; otherwise the change is refused. */
    Episode current(UUID episodeId, long seenVersion) {
        Episode episode = require(episodeId);
        if (episode.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Episode.class, episodeId);
        }
        return episode;
    }

    Optional<Plan> currentPlanOf(UUID episodeId) {
        return plans.findByEpisodeIdOrderByStartDateDescCreatedAtDesc(episodeId).stream()
                .filter(p -> p.getEndDate() == null).findFirst();
    }

    Plan currentPlanById(UUID planId) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("Plan"));
        plan.requireCurrent();
        require(plan.getEpisodeId()).requireNotClosed();
        return plan;
    }

    void requireDated(LocalDate date, LocalDate notBefore, String tooEarly) {
        if (date == null) {
            throw new IllegalArgumentException("A date is needed");
        }
        if (date.isAfter(today())) {
            throw new IllegalArgumentException("The date cannot be in the future");
        }
        if (date.isBefore(notBefore)) {
            throw new IllegalArgumentException(tooEarly);
        }
    }

    Optional<ObligationView> openObligation(UUID childId, String rule) {
        return obligations.openFor(List.of(childId)).stream().filter(o -> o.ruleId().equals(rule)).findFirst();
    }

    /** Satisfies the child's open obligation under the rule with an event on {@code date}, unless it predates it. */
    void satisfy(UUID childId, String rule, LocalDate date, String event) {
        Instant metAt = date.atStartOfDay(Due.LONDON).toInstant();
        openObligation(childId, rule).filter(o -> !metAt.isBefore(o.startedAt()))
                .ifPresent(o -> obligations.satisfy(o.id(), metAt, event));
    }

    EpisodeView view(Episode episode) {
        return episode.view(referrals.findByEpisodeIdOrderByDateAscRecordedAtAsc(episode.getId()).stream()
                .map(EpisodeReferralLink::view).toList());
    }

    PlanView view(Plan plan) {
        List<PlanAction> planActions = actions.findByPlanIdAndVoidedFalseOrderByCreatedAtAsc(plan.getId());
        Map<UUID, List<PlanView.Progress>> progressByAction = planActions.isEmpty() ? Map.of()
                : progress.findByActionIdInOrderByDateAscRecordedAtAsc(
                                planActions.stream().map(PlanAction::getId).toList()).stream()
                        .collect(Collectors.groupingBy(CinActionProgress::getActionId,
                                Collectors.mapping(CinActionProgress::view, Collectors.toList())));
        List<PlanView.Need> planNeeds = new ArrayList<>();
        for (PlanNeed need : needs.findByPlanIdAndVoidedFalseOrderByCreatedAtAsc(plan.getId())) {
            List<PlanView.Action> needActions = planActions.stream().filter(a -> a.getNeedId().equals(need.getId()))
                    .map(a -> new PlanView.Action(a.getId(), a.getWhat(), a.getWho(), a.getByWhen(), a.getStatus(),
                            a.getVersion(), progressByAction.getOrDefault(a.getId(), List.of())))
                    .toList();
            planNeeds.add(new PlanView.Need(need.getId(), need.getDescription(), needActions));
        }
        return new PlanView(plan.getId(), plan.getEpisodeId(), plan.getStartDate(), plan.getEndDate(),
                plan.getEndReason(), planNeeds);
    }
}
