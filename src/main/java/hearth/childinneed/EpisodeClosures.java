package hearth.childinneed;

import hearth.childinneed.domain.Closure;
import hearth.childinneed.domain.ClosureRepository;
import hearth.childinneed.domain.Episode;
import hearth.childinneed.domain.EpisodeRepository;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Closing an episode: proposed by a worker, authorised or returned by a manager, and reopened by a manager. */
@Service
class EpisodeClosures {

    private static final Set<String> RULES = Set.of(ChildrenInNeed.FIRST_MEETING_RULE, ChildrenInNeed.REVIEW_RULE,
            ChildrenInNeed.VISIT_RULE);

    private final EpisodeRepository episodes;
    private final ClosureRepository closures;
    private final ClosureActivity activity;
    private final Obligations obligations;
    private final ApplicationEventPublisher events;
    private final EpisodeRecords records;

    EpisodeClosures(EpisodeRepository episodes, ClosureRepository closures, ClosureActivity activity,
            Obligations obligations, ApplicationEventPublisher events, EpisodeRecords records) {
        this.episodes = episodes;
        this.closures = closures;
        this.activity = activity;
        this.obligations = obligations;
        this.events = events;
        this.records = records;
    }

    @Transactional
    public ClosureView proposeClosure(UUID episodeId, long seenVersion, ClosureProposal proposal) {
        Episode episode = records.current(episodeId, seenVersion);
        if (activity.refuses(episode.view(List.of()), proposal.reason())) {
            throw new IllegalArgumentException(proposal.reason() + " says the case closed after its assessment, but"
                    + " this episode went on to a plan or a section 47 enquiry: close it with another reason");
        }
        requirePrimaryNeedIfReported(episode);
        episode.closureProposed();
        Closure closure = closures.save(new Closure(episodeId, episode.getChildId(), proposal,
                episode.getAssessmentId() != null, CurrentUser.username(), records.now()));
        episodes.flush();
        return closure.view();
    }

    @Transactional
    public ClosureView authoriseClosure(UUID closureId, long seenVersion, boolean stepDownToEarlyHelp) {
        String by = requireManager();
        Closure closure = proposed(closureId, seenVersion);
        Episode episode = records.require(closure.getEpisodeId());
        requirePrimaryNeedIfReported(episode);
        LocalDate today = records.today();
        closure.authorise(by, records.now(), today, stepDownToEarlyHelp);
        episode.close(today, closure.getReason());
        records.currentPlanOf(episode.getId())
                .ifPresent(p -> p.end(today, "Episode closed (" + closure.getReason() + ")"));
        for (ObligationView open : obligations.openFor(List.of(episode.getChildId()))) {
            if (RULES.contains(open.ruleId())) {
                obligations.voidObligation(open.id(), "Child in need episode closed (" + closure.getReason() + ")");
            }
        }
        events.publishEvent(new CaseClosed(episode.getChildId(), episode.getId(), today, closure.getReason(),
                closure.isStepDownToEarlyHelp(), by));
        closures.flush();
        return closure.view();
    }

    @Transactional
    public ClosureView returnClosure(UUID closureId, long seenVersion, String reason) {
        String by = requireManager();
        Closure closure = proposed(closureId, seenVersion);
        closure.returnToWorker(by, records.now(), reason);
        records.require(closure.getEpisodeId()).closureReturned();
        closures.flush();
        return closure.view();
    }

    @Transactional
    public EpisodeView reopen(UUID episodeId, long seenVersion, String reason) {
        String by = requireManager();
        Episode episode = records.current(episodeId, seenVersion);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Reopening needs a reason");
        }
        if (records.openEpisode(episode.getChildId()).isPresent()) {
            throw new IllegalStateException("The child already has an open episode of need");
        }
        Closure closure = closures.findByEpisodeIdOrderByProposedAtDescIdDesc(episodeId).stream()
                .filter(c -> c.getStatus() == ClosureStatus.AUTHORISED).findFirst()
                .orElseThrow(() -> new IllegalStateException("Only a closed episode can be reopened"));
        Instant now = records.now();
        episode.reopen();
        closure.reopened(by, now, records.today(), reason);
        events.publishEvent(new CaseReopened(episode.getChildId(), episodeId, closure.getId(), reason, by, now));
        return records.view(episodes.saveAndFlush(episode));
    }

    /**
     * An episode the CIN census reports with an assessment, a plan or an enquiry needs its primary need (DfE rule
     * 8610), and it cannot be recorded once the episode is closed.
     */
    private void requirePrimaryNeedIfReported(Episode episode) {
        if (activity.missingPrimaryNeed(records.view(episode))) {
            throw new IllegalStateException("Record the child's primary need before closing: this episode had an"
                    + " assessment, a plan or a section 47 enquiry, so the children in need census needs it");
        }
    }

    private static String requireManager() {
        if (CurrentUser.get().filter(u -> u.has(Permission.AUTHORISE_ASSESSMENT)).isEmpty()) {
            throw new AccessDeniedException("Only a manager with AUTHORISE_ASSESSMENT decides closures");
        }
        return CurrentUser.username();
    }

    private Closure proposed(UUID closureId, long seenVersion) {
        Closure closure = closures.findById(closureId).orElseThrow(() -> new NotFoundException("Closure"));
        if (closure.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Closure.class, closureId);
        }
        return closure;
    }
}
