package hearth.missing;

import hearth.missing.domain.MissingEpisode;
import hearth.missing.domain.MissingEpisodeRepository;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.timescales.Due;
import hearth.timescales.ObligationState;
import hearth.timescales.Obligations;
import hearth.work.Duties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API of missing episodes: report a child missing or away (from home or from care), record the return
 * (which starts the 72 hour return interview clock), offer the interview, record it declined or held, correct an
 * episode (the history keeps what it said) or void it with a reason; and the reads returns and pages need.
 * Illegal transitions throw {@link IllegalStateException}; bad values {@link IllegalArgumentException} with a
 * message key; a stale version {@link ObjectOptimisticLockingFailureException}.
 */
@Service
public class MissingEpisodes {

    public static final String INTERVIEW_RULE = "missing-return-interview";

    private final MissingEpisodeRepository episodes;
    private final LookedAfterChildren lookedAfter;
    private final RepeatMissing repeats;
    private final Duties duties;
    private final Obligations obligations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MissingEpisodes(MissingEpisodeRepository episodes, LookedAfterChildren lookedAfter, RepeatMissing repeats,
            Duties duties, Obligations obligations, ApplicationEventPublisher events, Clock clock) {
        this.episodes = episodes;
        this.lookedAfter = lookedAfter;
        this.repeats = repeats;
        this.duties = duties;
        this.obligations = obligations;
        this.events = events;
        this.clock = clock;
    }

    /** Reports a child missing or away; marked from care when the child was looked after that day. */
    @Transactional
    public MissingEpisodeView report(NewMissingEpisode report) {
        boolean fromCare = lookedAfter.lookedAfterOn(report.childId(), LocalDate.ofInstant(report.startedAt(), Due.LONDON));
        MissingEpisode episode = episodes.saveAndFlush(new MissingEpisode(report, fromCare, CurrentUser.username(), clock.instant()));
        events.publishEvent(new ChildWentMissing(episode.getChildId(), episode.getId(), report.kind(), fromCare,
                report.startedAt(), report.reportedToPolice()));
        repeats.check(episode.getChildId(), report.startedAt());
        return episode.view();
    }

    /** The child is back: the return interview is due within 72 hours of the return. */
    @Transactional
    public MissingEpisodeView recordReturn(UUID id, long version, MissingReturn back) {
        MissingEpisode episode = load(id, version);
        episode.returned(back, clock.instant());
        episode.interviewObligation(duties.open(episode.getChildId(), INTERVIEW_RULE, back.endedAt(),
                "Returned from a missing episode"));
        MissingEpisodeView view = flushed(episode);
        events.publishEvent(new ChildReturnedFromMissing(view.childId(), id, view.kind(), view.fromCare(),
                view.endedAt(), view.whereFound()));
        return view;
    }

    @Transactional
    public MissingEpisodeView offerInterview(UUID id, long version, Instant offeredAt) {
        MissingEpisode episode = load(id, version);
        episode.offerInterview(offeredAt, CurrentUser.username(), clock.instant());
        events.publishEvent(new ReturnInterviewOffered(episode.getChildId(), id, offeredAt));
        return flushed(episode);
    }

    /** The child declined: the duty to offer was met when the offer was made. */
    @Transactional
    public MissingEpisodeView interviewDeclined(UUID id, long version, String reason) {
        MissingEpisode episode = load(id, version);
        episode.declined(reason);
        MissingEpisodeView view = flushed(episode);
        satisfy(view, view.offeredAt(), "Return interview offered and declined");
        events.publishEvent(new ReturnInterviewDeclined(view.childId(), id, clock.instant()));
        return view;
    }

    @Transactional
    public MissingEpisodeView interviewHeld(UUID id, long version, ReturnInterviewFindings findings) {
        MissingEpisode episode = load(id, version);
        episode.held(findings, clock.instant());
        MissingEpisodeView view = flushed(episode);
        satisfy(view, findings.heldAt(), "Return interview held");
        events.publishEvent(new ReturnInterviewHeld(view.childId(), id, findings.heldAt(), findings.heldBy(),
                view.concerns()));
        return view;
    }

    /** Corrects the facts; a changed return time restarts an outstanding interview clock from the new time. */
    @Transactional
    public MissingEpisodeView correct(UUID id, long version, MissingCorrection correction) {
        if (correction.reason() == null || correction.reason().isBlank()) {
            throw new IllegalArgumentException("missing.error.correctionReason");
        }
        MissingEpisode episode = load(id, version);
        Instant endedBefore = episode.getEndedAt();
        episode.correct(correction, CurrentUser.username(), clock.instant());
        MissingEpisodeView view = episode.view();
        if (view.endedAt() != null && !view.endedAt().equals(endedBefore) && view.interviewOutstanding()) {
            if (view.interviewObligationId() != null) {
                obligations.voidObligation(view.interviewObligationId(), "The return time was corrected");
            }
            episode.interviewObligation(duties.open(view.childId(), INTERVIEW_RULE, view.endedAt(),
                    "Returned from a missing episode (corrected)"));
        }
        events.publishEvent(new MissingEpisodeCorrected(view.childId(), id, clock.instant(), correction.reason()));
        return flushed(episode);
    }

    @Transactional
    public MissingEpisodeView voidEpisode(UUID id, long version, String reason) {
        MissingEpisode episode = load(id, version);
        episode.voidEpisode(reason);
        MissingEpisodeView view = flushed(episode);
        if (view.interviewObligationId() != null) {
            obligations.find(view.interviewObligationId()).filter(o -> o.metAt() == null
                    && o.state() != ObligationState.VOIDED)
                    .ifPresent(o -> obligations.voidObligation(o.id(), "Missing episode voided: " + reason));
        }
        events.publishEvent(new MissingEpisodeVoided(view.childId(), id, clock.instant(), reason));
        return view;
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public Optional<MissingEpisodeView> find(UUID id) {
        return episodes.findById(id).map(MissingEpisode::view);
    }

    /** The child's episodes, latest first, voided ones included (pages mark them). */
    @Transactional(readOnly = true)
    public List<MissingEpisodeView> forChild(UUID childId) {
        return episodes.findByChildIdOrderByStartedAtDesc(childId).stream().map(MissingEpisode::view).toList();
    }

    /** For returns: episodes (not voided) that started on or after {@code from} and on or before {@code to}. */
    @Transactional(readOnly = true)
    public List<MissingEpisodeView> between(LocalDate from, LocalDate to) {
        return episodes.findByVoidedFalseAndStartedAtGreaterThanEqualAndStartedAtLessThanOrderByStartedAtAsc(
                from.atStartOfDay(Due.LONDON).toInstant(), to.plusDays(1).atStartOfDay(Due.LONDON).toInstant())
                .stream().map(MissingEpisode::view).toList();
    }

    /** Children missing or away now, longest missing first. */
    @Transactional(readOnly = true)
    public List<MissingEpisodeView> missingNow() {
        return episodes.findByVoidedFalseAndEndedAtIsNullOrderByStartedAtAsc().stream().map(MissingEpisode::view).toList();
    }

    /** Returns whose interview is neither held nor declined, earliest return first. */
    @Transactional(readOnly = true)
    public List<MissingEpisodeView> interviewsOutstanding() {
        return episodes.findByVoidedFalseAndEndedAtIsNotNullAndInterviewStatusInOrderByEndedAtAsc(
                List.of(ReturnInterviewStatus.NOT_OFFERED, ReturnInterviewStatus.OFFERED))
                .stream().map(MissingEpisode::view).toList();
    }

    /** Whether the child is missing or away now. */
    @Transactional(readOnly = true)
    public boolean isMissingNow(UUID childId) {
        return forChild(childId).stream().anyMatch(MissingEpisodeView::missingNow);
    }

    /** The child's totals: episodes started in the last 12 months and the time missing in them. */
    @Transactional(readOnly = true)
    public MissingTotals totalsFor(UUID childId) {
        Instant now = clock.instant();
        Instant yearAgo = LocalDate.ofInstant(now, Due.LONDON).minusMonths(12).atStartOfDay(Due.LONDON).toInstant();
        List<MissingEpisodeView> all = forChild(childId).stream().filter(e -> !e.voided()).toList();
        List<MissingEpisodeView> year = all.stream().filter(e -> !e.startedAt().isBefore(yearAgo)).toList();
        Duration yearTime = year.stream().map(e -> e.duration(now)).reduce(Duration.ZERO, Duration::plus);
        Duration allTime = all.stream().map(e -> e.duration(now)).reduce(Duration.ZERO, Duration::plus);
        return new MissingTotals(all.size(), year.size(),
                (int) year.stream().filter(e -> e.kind() == MissingKind.MISSING).count(),
                (int) year.stream().filter(e -> e.kind() == MissingKind.AWAY).count(), yearTime, allTime);
    }

    private void satisfy(MissingEpisodeView view, Instant at, String event) {
        if (view.interviewObligationId() != null) {
            obligations.find(view.interviewObligationId()).filter(o -> o.metAt() == null
                    && o.state() != ObligationState.VOIDED).ifPresent(o -> obligations.satisfy(o.id(), at, event));
        }
    }

    private MissingEpisodeView flushed(MissingEpisode episode) {
        return episodes.saveAndFlush(episode).view();
    }

    private MissingEpisode load(UUID id, long version) {
        MissingEpisode episode = episodes.findById(id).orElseThrow(() -> new NotFoundException("Missing episode"));
        if (episode.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(MissingEpisode.class, id);
        }
        return episode;
    }
}
