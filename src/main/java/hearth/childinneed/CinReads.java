package hearth.childinneed;

import hearth.childinneed.domain.Closure;
import hearth.childinneed.domain.ClosureRepository;
import hearth.childinneed.domain.CinVisit;
import hearth.childinneed.domain.CinVisitRepository;
import hearth.childinneed.domain.Episode;
import hearth.childinneed.domain.EpisodeReferralLinkRepository;
import hearth.childinneed.domain.EpisodeRepository;
import hearth.childinneed.domain.PlanRepository;
import hearth.childinneed.domain.Review;
import hearth.childinneed.domain.ReviewAttendee;
import hearth.childinneed.domain.ReviewAttendeeRepository;
import hearth.childinneed.domain.ReviewRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading episodes, plans, reviews, visits and closures, for one child or many (the CIN census, Annex A). */
@Service
class CinReads {

    private final EpisodeRepository episodes;
    private final EpisodeReferralLinkRepository referrals;
    private final PlanRepository plans;
    private final ReviewRepository reviews;
    private final ReviewAttendeeRepository attendees;
    private final CinVisitRepository visits;
    private final ClosureRepository closures;
    private final EpisodeRecords records;

    CinReads(EpisodeRepository episodes, EpisodeReferralLinkRepository referrals, PlanRepository plans,
            ReviewRepository reviews, ReviewAttendeeRepository attendees, CinVisitRepository visits,
            ClosureRepository closures, EpisodeRecords records) {
        this.episodes = episodes;
        this.referrals = referrals;
        this.plans = plans;
        this.reviews = reviews;
        this.attendees = attendees;
        this.visits = visits;
        this.closures = closures;
        this.records = records;
    }

    /** The child's episodes, latest referral first. */
    @Transactional(readOnly = true)
    public List<EpisodeView> episodesFor(UUID childId) {
        return episodes.findByChildIdOrderByReferralDateDescOpenedAtDesc(childId).stream().map(records::view).toList();
    }

    /**
     * Every episode open at any time from {@code from} to {@code to} (the CIN census scope), oldest referral first
     * per child, read in a few queries rather than one per child.
     */
    @Transactional(readOnly = true)
    public List<EpisodeView> episodesDuring(LocalDate from, LocalDate to) {
        List<Episode> found = episodes.openDuring(from, to);
        Map<UUID, List<EpisodeView.EpisodeReferral>> links = new HashMap<>();
        for (int i = 0; i < found.size(); i += 1000) {
            referrals.findByEpisodeIdInOrderByDateAscRecordedAtAsc(found.subList(i, Math.min(found.size(), i + 1000))
                    .stream().map(Episode::getId).toList()).forEach(link -> links
                            .computeIfAbsent(link.getEpisodeId(), k -> new ArrayList<>()).add(link.view()));
        }
        return found.stream().map(e -> e.view(links.getOrDefault(e.getId(), List.of()))).toList();
    }

    /** The child's open episode (open or closure proposed), if any. */
    @Transactional(readOnly = true)
    public Optional<EpisodeView> openEpisodeFor(UUID childId) {
        return records.openEpisode(childId).map(records::view);
    }

    @Transactional(readOnly = true)
    public Optional<EpisodeView> find(UUID episodeId) {
        return episodes.findById(episodeId).map(records::view);
    }

    /** The episode's plans, latest first (the first, if not ended, is the current one). */
    @Transactional(readOnly = true)
    public List<PlanView> plansFor(UUID episodeId) {
        return plans.findByEpisodeIdOrderByStartDateDescCreatedAtDesc(episodeId).stream().map(records::view).toList();
    }

    /** The plans of many episodes at once (the CIN census), in batches, in no particular order. */
    @Transactional(readOnly = true)
    public List<PlanView> plansForEpisodes(Collection<UUID> episodeIds) {
        List<UUID> ids = List.copyOf(episodeIds);
        List<PlanView> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            plans.findByEpisodeIdIn(ids.subList(i, Math.min(ids.size(), i + 1000))).stream().map(records::view)
                    .forEach(found::add);
        }
        return found;
    }

    @Transactional(readOnly = true)
    public Optional<PlanView> currentPlan(UUID episodeId) {
        return records.currentPlanOf(episodeId).map(records::view);
    }

    /** Reviews, latest first. */
    @Transactional(readOnly = true)
    public List<ReviewView> reviewsFor(UUID episodeId) {
        List<Review> found = reviews.findByEpisodeIdAndVoidedFalseOrderByDateDescRecordedAtDesc(episodeId);
        Set<UUID> ids = found.stream().map(Review::getId).collect(Collectors.toSet());
        Map<UUID, List<Attendee>> people = ids.isEmpty() ? Map.of()
                : attendees.findByReviewIdInOrderByPosition(ids).stream().collect(Collectors.groupingBy(
                        ReviewAttendee::getReviewId, Collectors.mapping(ReviewAttendee::view, Collectors.toList())));
        Map<UUID, List<PlanView.Progress>> progressByReview = new HashMap<>();
        for (PlanView plan : plansFor(episodeId)) {
            for (PlanView.Need need : plan.needs()) {
                for (PlanView.Action action : need.actions()) {
                    for (PlanView.Progress p : action.progress()) {
                        if (p.reviewId() != null) {
                            progressByReview.computeIfAbsent(p.reviewId(), k -> new ArrayList<>()).add(p);
                        }
                    }
                }
            }
        }
        return found.stream().map(r -> new ReviewView(r.getId(), r.getEpisodeId(), r.getDate(),
                people.getOrDefault(r.getId(), List.of()), r.getChildViews(), r.getDecision(), r.getRecordedBy(),
                progressByReview.getOrDefault(r.getId(), List.of()))).toList();
    }

    /** Visits, latest first. */
    @Transactional(readOnly = true)
    public List<VisitView> visitsFor(UUID episodeId) {
        return visits.findByEpisodeIdAndVoidedFalseOrderByDateDescRecordedAtDesc(episodeId).stream()
                .map(CinVisit::view).toList();
    }

    /** The visits of many episodes at once, latest first (Annex A). */
    @Transactional(readOnly = true)
    public List<VisitView> visitsOfEpisodes(Collection<UUID> episodeIds) {
        return episodeIds.isEmpty() ? List.of()
                : visits.findByEpisodeIdInAndVoidedFalseOrderByDateDescRecordedAtDesc(episodeIds).stream()
                        .map(CinVisit::view).toList();
    }

    /** Closure proposals on the episode, latest first, with what became of each. */
    @Transactional(readOnly = true)
    public List<ClosureView> closuresFor(UUID episodeId) {
        return closures.findByEpisodeIdOrderByProposedAtDescIdDesc(episodeId).stream().map(Closure::view).toList();
    }

    /** Closures awaiting a manager's authorisation, oldest proposal first. */
    @Transactional(readOnly = true)
    public List<ClosureView> awaitingAuthorisation() {
        return closures.findByStatusOrderByProposedAtAsc(ClosureStatus.PROPOSED).stream().map(Closure::view).toList();
    }

    /** The child's authorised closure dated on or before {@code date} whose episode was not reopened by then. */
    @Transactional(readOnly = true)
    public Optional<ClosureView> lastClosureOnOrBefore(UUID childId, LocalDate date) {
        return closures.findByChildIdAndStatusAndClosedOnLessThanEqualOrderByClosedOnDescDecidedAtDesc(childId,
                        ClosureStatus.AUTHORISED, date).stream()
                .filter(c -> c.getReopenedOn() == null || c.getReopenedOn().isAfter(date))
                .findFirst().map(Closure::view);
    }
}
