package hearth.casesummary;

import hearth.casesummary.domain.SummaryStore;
import hearth.security.CurrentUser;
import hearth.timescales.Deadline;
import hearth.timescales.Due;
import hearth.timescales.LocalStandards;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import hearth.work.Duties;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API of the case summary: read a child's summary with how fresh it is, save a section of the worker's
 * narrative (every revision kept), confirm the whole summary is up to date, and find the summaries that need review.
 * A summary needs review when the last review is older than the local standard {@code case-summary-review}, or when
 * a significant event has been recorded on the chronology since (Ofsted ILACS: case summaries out of date).
 */
@Service
public class CaseSummaries {

    /** Recurring: review the summary within the local standard of the last review. */
    public static final String REVIEW_RULE = "case-summary-review";
    /** One-off: review the summary after a significant event recorded since the last review. */
    public static final String SIGNIFICANT_EVENT_RULE = "case-summary-after-significant-event";
    /** The longest text a section holds. */
    public static final int MAX_SECTION = 8000;

    private final SummaryStore store;
    private final List<SignificantEventSource> significantEvents;
    private final LocalStandards standards;
    private final Obligations obligations;
    private final Duties duties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseSummaries(SummaryStore store, List<SignificantEventSource> significantEvents, LocalStandards standards,
            Obligations obligations, Duties duties, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.significantEvents = significantEvents;
        this.standards = standards;
        this.obligations = obligations;
        this.duties = duties;
        this.events = events;
        this.clock = clock;
    }

    /** The child's summary (an empty, never reviewed one when none is written yet) and how fresh it is now. */
    @Transactional(readOnly = true)
    public CaseSummaryView summaryOf(UUID childId) {
        return view(childId, store.forChild(childId));
    }

    /** The child's significant events, latest first. */
    @Transactional(readOnly = true)
    public List<SignificantEvent> significantEventsOf(UUID childId) {
        return significantEvents.stream().flatMap(s -> s.significantEventsOf(childId).stream())
                .sorted(Comparator.comparing(SignificantEvent::occurredOn).thenComparing(SignificantEvent::recordedAt)
                        .reversed())
                .toList();
    }

    /** Saves one section over the version the worker saw (0 for a summary not yet written); the revision is kept. */
    @Transactional
    public void saveSection(UUID childId, long seenVersion, SummarySection section, String text) {
        if (text != null && text.length() > MAX_SECTION) {
            throw new IllegalArgumentException("casesummary.error.tooLong");
        }
        Instant now = clock.instant();
        SummaryStore.Row row = store.forChild(childId).orElseGet(() -> store.create(childId, now));
        store.saveSection(row, seenVersion, section, text == null || text.isBlank() ? null : text.strip(),
                CurrentUser.username(), now);
    }

    /**
     * The worker confirms the whole summary is up to date, over the version they saw: the review prompts are met and
     * the next review falls due a local standard from now.
     */
    @Transactional
    public void markReviewed(UUID childId, long seenVersion) {
        SummaryStore.Row row = store.forChild(childId)
                .orElseThrow(() -> new IllegalStateException("casesummary.error.nothingToReview"));
        if (row.sections().isEmpty()) {
            throw new IllegalStateException("casesummary.error.nothingToReview");
        }
        Instant now = clock.instant();
        String by = CurrentUser.username();
        store.markReviewed(row, seenVersion, by, now);
        List<ObligationView> open = obligations.openFor(List.of(childId));
        // a prompt opened this very instant is stored rounded to the database's precision, perhaps a fraction of a
        // microsecond later than now: the review meets it then, never "before the clock started"
        open.stream().filter(o -> o.ruleId().equals(SIGNIFICANT_EVENT_RULE))
                .forEach(o -> obligations.satisfy(o.id(), o.startedAt().isAfter(now) ? o.startedAt() : now,
                        "Case summary reviewed"));
        Optional<ObligationView> review = open.stream().filter(o -> o.ruleId().equals(REVIEW_RULE)).findFirst();
        if (review.isPresent()) {
            Instant started = review.get().startedAt();
            obligations.satisfy(review.get().id(), started.isAfter(now) ? started : now, "Case summary reviewed");
        } else {
            duties.open(childId, REVIEW_RULE, now, "Case summary reviewed");
        }
        events.publishEvent(new CaseSummaryReviewed(childId, row.id(), now, by));
    }

    /** Every saved revision and review of the child's summary, latest first. */
    @Transactional(readOnly = true)
    public List<RevisionView> history(UUID childId) {
        return store.forChild(childId).map(r -> store.revisions(r.id())).orElse(List.of());
    }

    /** Of these children, those whose summary needs review (or was never written), with their summaries. */
    @Transactional(readOnly = true)
    public List<CaseSummaryView> needingReview(List<UUID> childIds) {
        List<SummaryStore.Row> rows = store.forChildren(childIds);
        return childIds.stream().distinct()
                .map(id -> view(id, rows.stream().filter(r -> r.childId().equals(id)).findFirst()))
                .filter(v -> v.freshness().stale()).toList();
    }

    /**
     * Opens a prompt in My work for each reviewed summary that has had a significant event since its last review and
     * no prompt open yet. Runs each night; answers how many prompts it opened.
     */
    @Transactional
    public int promptAfterSignificantEvents(List<UUID> childIds) {
        int opened = 0;
        for (SummaryStore.Row row : store.forChildren(childIds)) {
            if (row.lastReviewedAt() == null) {
                continue;
            }
            List<SignificantEvent> since = since(row.childId(), row.lastReviewedAt());
            boolean open = obligations.openFor(List.of(row.childId())).stream()
                    .anyMatch(o -> o.ruleId().equals(SIGNIFICANT_EVENT_RULE));
            if (!since.isEmpty() && !open) {
                // the database may round the entry's time up by a fraction of a microsecond: never start later than now
                Instant recorded = since.get(0).recordedAt();
                Instant now = clock.instant();
                duties.open(row.childId(), SIGNIFICANT_EVENT_RULE, recorded.isAfter(now) ? now : recorded,
                        "Significant event since the case summary was reviewed");
                opened++;
            }
        }
        return opened;
    }

    private CaseSummaryView view(UUID childId, Optional<SummaryStore.Row> stored) {
        if (stored.isEmpty()) {
            return new CaseSummaryView(null, childId, new EnumMap<>(SummarySection.class), null, null, 0,
                    new Freshness(true, null, false, List.of()));
        }
        SummaryStore.Row row = stored.get();
        Freshness freshness;
        if (row.lastReviewedAt() == null) {
            freshness = new Freshness(true, null, false, List.of());
        } else {
            LocalDate reviewed = LocalDate.ofInstant(row.lastReviewedAt(), Due.LONDON);
            LocalDate due = after(reviewed, standards.current(LocalStandards.CASE_SUMMARY_REVIEW));
            LocalDate today = LocalDate.now(clock.withZone(Due.LONDON));
            freshness = new Freshness(false, due, today.isAfter(due), since(childId, row.lastReviewedAt()));
        }
        return new CaseSummaryView(row.id(), childId, row.sections(), row.lastReviewedAt(), row.lastReviewedBy(),
                row.version(), freshness);
    }

    private List<SignificantEvent> since(UUID childId, Instant reviewedAt) {
        return significantEvents.stream().flatMap(s -> s.significantEventsOf(childId).stream())
                .filter(e -> e.recordedAt().isAfter(reviewedAt))
                .sorted(Comparator.comparing(SignificantEvent::recordedAt)).toList();
    }

    /** The last day a review made on {@code reviewed} holds good under the standard. */
    static LocalDate after(LocalDate reviewed, Deadline period) {
        return switch (period.unit()) {
            case MONTHS -> reviewed.plusMonths(period.amount());
            case WEEKS -> reviewed.plusWeeks(period.amount());
            default -> reviewed.plusDays(period.amount());
        };
    }
}
