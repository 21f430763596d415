package hearth.childrenincare;

import hearth.childrenincare.domain.CareLegalStatus;
import hearth.childrenincare.domain.CareLegalStatusRepository;
import hearth.childrenincare.domain.CarePeriod;
import hearth.childrenincare.domain.CarePeriodRepository;
import hearth.childrenincare.domain.CarePlacement;
import hearth.childrenincare.domain.CarePlacementRepository;
import hearth.childrenincare.domain.CarePlanRepository;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.timescales.Due;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API of children in care: periods of care (becoming looked after under a legal status, ceasing for a
 * reason), placements and moves, legal status changes, and the SSDA903 episodes Hearth derives from those facts.
 * Reviews, visits and plans are in {@link CareReviews}. Forbidden transitions throw {@link IllegalStateException}
 * with a message key; bad values {@link IllegalArgumentException}; a stale version
 * {@link ObjectOptimisticLockingFailureException}.
 */
@Service
public class ChildrenInCare {

    private final CarePeriodRepository periods;
    private final CareLegalStatusRepository statuses;
    private final CarePlacementRepository placements;
    private final CarePlanRepository plans;
    private final CareClocks clocks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final hearth.people.People people;

    ChildrenInCare(CarePeriodRepository periods, CareLegalStatusRepository statuses,
            CarePlacementRepository placements, CarePlanRepository plans, CareClocks clocks,
            ApplicationEventPublisher events, Clock clock, hearth.people.People people) {
        this.people = people;
        this.periods = periods;
        this.statuses = statuses;
        this.placements = placements;
        this.plans = plans;
        this.clocks = clocks;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading ----

    /** The child's periods of care, latest first. */
    @Transactional(readOnly = true)
    public List<CarePeriodView> periodsFor(UUID childId) {
        return periods.findByChildIdOrderByStartDateDesc(childId).stream().map(CarePeriod::view).toList();
    }

    /** The child's open period of care, if they are looked after now. */
    @Transactional(readOnly = true)
    public Optional<CarePeriodView> openPeriodFor(UUID childId) {
        return periodsFor(childId).stream().filter(CarePeriodView::isOpen).findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<CarePeriodView> find(UUID periodId) {
        return periods.findById(periodId).map(CarePeriod::view);
    }

    /** The period's legal statuses in date order (the first started the period). */
    @Transactional(readOnly = true)
    public List<LegalStatusView> legalStatusesOf(UUID periodId) {
        return statuses.findByPeriodIdAndVoidedFalseOrderByStartDateAscRecordedAtAsc(periodId).stream()
                .map(CareLegalStatus::view).toList();
    }

    /** The period's placements in date order (the last is the current one while the period is open). */
    @Transactional(readOnly = true)
    public List<PlacementView> placementsOf(UUID periodId) {
        return placements.findByPeriodIdAndVoidedFalseOrderByStartDateAscRecordedAtAsc(periodId).stream()
                .map(CarePlacement::view).toList();
    }

    /** The placements of many periods at once, in date order (Annex A). */
    @Transactional(readOnly = true)
    public List<PlacementView> placementsOfPeriods(java.util.Collection<UUID> periodIds) {
        return periodIds.isEmpty() ? List.of()
                : placements.findByPeriodIdInAndVoidedFalseOrderByStartDateAscRecordedAtAsc(periodIds).stream()
                        .map(CarePlacement::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PlacementView> findPlacement(UUID placementId) {
        return placements.findById(placementId).map(CarePlacement::view);
    }

    /** The SSDA903 episodes of one period, derived from its facts, in date order. */
    @Transactional(readOnly = true)
    public List<CareEpisode> episodesOf(UUID periodId) {
        CarePeriodView period = find(periodId).orElseThrow(() -> new NotFoundException("Period of care"));
        return CareEpisodes.derive(period, legalStatusesOf(periodId), placementsOf(periodId));
    }

    /** All the child's SSDA903 episodes, derived from the facts of every period, in date order. */
    @Transactional(readOnly = true)
    public List<CareEpisode> episodesFor(UUID childId) {
        List<CareEpisode> all = new ArrayList<>();
        List<CarePeriodView> found = new ArrayList<>(periodsFor(childId));
        java.util.Collections.reverse(found);
        for (CarePeriodView period : found) {
            all.addAll(CareEpisodes.derive(period, legalStatusesOf(period.id()), placementsOf(period.id())));
        }
        return all;
    }

    /** Every child's periods of care open at some time from {@code from} to {@code to} (Annex A). */
    @Transactional(readOnly = true)
    public List<CarePeriodView> periodsOverlapping(LocalDate from, LocalDate to) {
        return periods.findByEndDateIsNullOrEndDateGreaterThanEqual(from).stream()
                .filter(p -> !p.getStartDate().isAfter(to)).map(CarePeriod::view).toList();
    }

    /** Every child's SSDA903 episodes open at some point between {@code from} and {@code to} (the 903 return reads this). */
    @Transactional(readOnly = true)
    public List<CareEpisode> episodesOverlapping(LocalDate from, LocalDate to) {
        List<CarePeriod> found = periods.findByEndDateIsNullOrEndDateGreaterThanEqual(from).stream()
                .filter(p -> !p.getStartDate().isAfter(to)).toList();
        List<UUID> ids = found.stream().map(CarePeriod::getId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<LegalStatusView>> ls = statuses.findByPeriodIdInAndVoidedFalseOrderByStartDateAscRecordedAtAsc(ids)
                .stream().map(CareLegalStatus::view).collect(Collectors.groupingBy(LegalStatusView::periodId));
        Map<UUID, List<PlacementView>> pl = placements.findByPeriodIdInAndVoidedFalseOrderByStartDateAscRecordedAtAsc(ids)
                .stream().map(CarePlacement::view).collect(Collectors.groupingBy(PlacementView::periodId));
        List<CareEpisode> all = new ArrayList<>();
        for (CarePeriod period : found) {
            CareEpisodes.derive(period.view(), ls.getOrDefault(period.getId(), List.of()),
                    pl.getOrDefault(period.getId(), List.of())).stream().filter(e -> e.overlaps(from, to))
                    .forEach(all::add);
        }
        return all;
    }

    // ---- recording ----

    /**
     * The child became looked after on {@code startDate} under a legal status: opens the period and the first review
     * clock (20 working days), and publishes {@link ChildBecameLookedAfter}.
     */
    @Transactional
    public CarePeriodView becomeLookedAfter(UUID childId, LocalDate startDate, LegalStatus status,
            CategoryOfNeed categoryOfNeed) {
        if (status == null || categoryOfNeed == null) {
            throw new IllegalArgumentException("A legal status and a category of need are needed");
        }
        requireNotFuture(startDate);
        List<CarePeriod> earlier = periods.findByChildIdOrderByStartDateDesc(childId);
        if (earlier.stream().anyMatch(p -> p.getEndDate() == null)) {
            throw new IllegalStateException("childrenincare.error.alreadyLookedAfter");
        }
        if (earlier.stream().anyMatch(p -> startDate.isBefore(p.getEndDate()))) {
            throw new IllegalStateException("childrenincare.error.overlapsEarlier");
        }
        String by = CurrentUser.username();
        CarePeriod period = periods.save(new CarePeriod(childId, startDate, categoryOfNeed, by, clock.instant()));
        statuses.save(new CareLegalStatus(period.getId(), childId, startDate, status, by, clock.instant()));
        clocks.open(childId, ChildrenInCareTimescales.FIRST_REVIEW, startDate, "Became looked after");
        events.publishEvent(new ChildBecameLookedAfter(childId, period.getId(), startDate, status.name(),
                categoryOfNeed.name(), by));
        periods.flush();
        return period.view();
    }

    /**
     * The child moved to a placement, on the period version the worker saw. Restarts the visit clock (within 1 week),
     * opens the care plan clock at the first placement when there is no care plan yet, and for an emergency
     * placement the placement plan and notification clocks; publishes {@link PlacementStarted}. A placement the child
     * is too young for on the day (a move into custody under 10, or a type with a minimum age: SSDA903 rules 234 and
     * 371 to 374) is refused with {@link IllegalStateException}, as is a local authority area not on the list of
     * English local authorities ({@link LocalAuthority}).
     */
    @Transactional
    public PlacementView recordPlacement(UUID periodId, long seenVersion, NewPlacement placement) {
        CarePeriod period = current(periodId, seenVersion);
        period.requireOpen();
        LocalDate start = placement.startDate();
        requireNotFuture(start);
        requireNotBefore(start, period.getStartDate(), "childrenincare.error.beforeStart");
        List<PlacementView> before = placementsOf(periodId);
        if (!before.isEmpty()) {
            requireNotBefore(start, before.get(before.size() - 1).startDate(), "childrenincare.error.beforePlacement");
            if (placement.reasonForChange() == null) {
                throw new IllegalArgumentException("A placement move needs the reason for the change");
            }
        } else if (placement.reasonForChange() != null) {
            throw new IllegalArgumentException("The first placement of a period has no reason for change");
        }
        requireNotBefore(start, lastStatusDate(periodId), "childrenincare.error.beforeLegalStatus");
        if (placement.placementLa() != null && !placement.placementLa().isBlank()
                && LocalAuthority.named(placement.placementLa()).isEmpty()) {
            throw new IllegalStateException("childrenincare.error.placementLa");
        }
        String tooYoung = PlacementAges.misfitKey(people.find(period.getChildId())
                .map(hearth.people.PersonSummary::dateOfBirth).orElse(null), placement);
        if (tooYoung != null) {
            throw new IllegalStateException(tooYoung);
        }
        String by = CurrentUser.username();
        CarePlacement saved = placements.save(new CarePlacement(periodId, period.getChildId(), placement, by,
                clock.instant()));
        period.factRecorded();
        UUID child = period.getChildId();
        clocks.voidOpen(child, ChildrenInCareTimescales.VISIT_RULES, "A new placement started: the visit clock restarts");
        clocks.open(child, ChildrenInCareTimescales.FIRST_VISIT, start, "Placement started");
        if (before.isEmpty() && plans.findByPeriodIdAndVoidedFalseOrderByDateDescRecordedAtDesc(periodId).isEmpty()) {
            clocks.open(child, ChildrenInCareTimescales.CARE_PLAN, start, "First placement started with no care plan");
        }
        if (placement.emergency()) {
            clocks.open(child, ChildrenInCareTimescales.PLACEMENT_PLAN, start, "Emergency placement");
            clocks.open(child, ChildrenInCareTimescales.PLACEMENT_NOTIFY, start, "Emergency placement");
        }
        events.publishEvent(new PlacementStarted(child, periodId, saved.getId(), start, placement.type().name(),
                placement.reasonForChange() == null ? null : placement.reasonForChange().name(),
                saved.view().carerName(), placement.emergency(), by));
        periods.flush();
        return saved.view();
    }

    /** The legal status changed on {@code date}, on the period version the worker saw; publishes {@link LegalStatusChanged}. */
    @Transactional
    public LegalStatusView changeLegalStatus(UUID periodId, long seenVersion, LocalDate date, LegalStatus status) {
        CarePeriod period = current(periodId, seenVersion);
        period.requireOpen();
        if (status == null) {
            throw new IllegalArgumentException("A legal status is needed");
        }
        requireNotFuture(date);
        requireNotBefore(date, lastStatusDate(periodId), "childrenincare.error.beforeLegalStatus");
        List<LegalStatusView> before = legalStatusesOf(periodId);
        LegalStatus previous = before.get(before.size() - 1).status();
        if (previous == status) {
            throw new IllegalStateException("childrenincare.error.sameLegalStatus");
        }
        String by = CurrentUser.username();
        CareLegalStatus saved = statuses.save(new CareLegalStatus(periodId, period.getChildId(), date, status, by,
                clock.instant()));
        period.factRecorded();
        events.publishEvent(new LegalStatusChanged(period.getChildId(), periodId, date, status.name(),
                previous.name(), by));
        periods.flush();
        return saved.view();
    }

    /**
     * The child ceased to be looked after on {@code date} for an SSDA903 reason, on the version the worker saw: the
     * period ends, its open clocks are voided, and {@link ChildCeasedToBeLookedAfter} is published.
     */
    @Transactional
    public CarePeriodView cease(UUID periodId, long seenVersion, LocalDate date, ReasonCeased reason) {
        CarePeriod period = current(periodId, seenVersion);
        period.requireOpen();
        requireNotFuture(date);
        requireNotBefore(date, lastStatusDate(periodId), "childrenincare.error.beforeLegalStatus");
        List<PlacementView> placed = placementsOf(periodId);
        if (!placed.isEmpty()) {
            requireNotBefore(date, placed.get(placed.size() - 1).startDate(), "childrenincare.error.beforePlacement");
        }
        period.cease(date, reason);
        clocks.voidOpen(period.getChildId(), ChildrenInCareTimescales.ALL,
                "Ceased to be looked after (" + reason.name() + ")");
        events.publishEvent(new ChildCeasedToBeLookedAfter(period.getChildId(), periodId, date, reason.name(),
                CurrentUser.username()));
        periods.flush();
        return period.view();
    }

    // ---- helpers ----

    private LocalDate lastStatusDate(UUID periodId) {
        List<LegalStatusView> all = legalStatusesOf(periodId);
        return all.get(all.size() - 1).startDate();
    }

    private CarePeriod current(UUID periodId, long seenVersion) {
        CarePeriod period = periods.findById(periodId).orElseThrow(() -> new NotFoundException("Period of care"));
        if (period.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(CarePeriod.class, periodId);
        }
        return period;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Due.LONDON));
    }

    private void requireNotFuture(LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("A date is needed");
        }
        if (date.isAfter(today())) {
            throw new IllegalArgumentException("The date cannot be in the future");
        }
    }

    static void requireNotBefore(LocalDate date, LocalDate notBefore, String key) {
        if (date.isBefore(notBefore)) {
            throw new IllegalStateException(key);
        }
    }
}
