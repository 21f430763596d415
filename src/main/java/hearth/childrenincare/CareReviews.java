package hearth.childrenincare;

import hearth.childrenincare.domain.CarePeriod;
import hearth.childrenincare.domain.CarePeriodRepository;
import hearth.childrenincare.domain.CarePlacement;
import hearth.childrenincare.domain.CarePlacementRepository;
import hearth.childrenincare.domain.CarePlan;
import hearth.childrenincare.domain.CarePlanRepository;
import hearth.childrenincare.domain.CareReview;
import hearth.childrenincare.domain.CareReviewRepository;
import hearth.childrenincare.domain.CareVisit;
import hearth.childrenincare.domain.CareVisitRepository;
import hearth.childrenincare.domain.IroContact;
import hearth.childrenincare.domain.IroContactRepository;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API of the planning and oversight of a period of care: care plans with the permanence plan, reviews
 * chaired by the independent reviewing officer, the IRO's contacts between reviews, statutory visits, and the plan
 * and notifications an emergency placement needs. Each satisfies its clock; visits keep the clock of the placement
 * the child is in (6-weekly, or 3-monthly after the first year of a placement intended to last until 18).
 */
@Service
public class CareReviews {

    private final CarePeriodRepository periods;
    private final CarePlacementRepository placements;
    private final CarePlanRepository plans;
    private final CareReviewRepository reviews;
    private final CareVisitRepository visits;
    private final IroContactRepository contacts;
    private final CareClocks clocks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final People people;

    CareReviews(CarePeriodRepository periods, CarePlacementRepository placements, CarePlanRepository plans,
            CareReviewRepository reviews, CareVisitRepository visits, IroContactRepository contacts,
            CareClocks clocks, ApplicationEventPublisher events, Clock clock, People people) {
        this.people = people;
        this.periods = periods;
        this.placements = placements;
        this.plans = plans;
        this.reviews = reviews;
        this.visits = visits;
        this.contacts = contacts;
        this.clocks = clocks;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CarePlanView> plansOf(UUID periodId) {
        return plans.findByPeriodIdAndVoidedFalseOrderByDateDescRecordedAtDesc(periodId).stream().map(CarePlan::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<CareReviewView> reviewsOf(UUID periodId) {
        return reviews.findByPeriodIdAndVoidedFalseOrderByDateDescRecordedAtDesc(periodId).stream()
                .map(CareReview::view).toList();
    }

    /** Every child's reviews held between {@code from} and {@code to} inclusive, in date order (the 903 return reads this). */
    @Transactional(readOnly = true)
    public List<CareReviewView> reviewsBetween(LocalDate from, LocalDate to) {
        return reviews.findByDateBetweenAndVoidedFalseOrderByDateAscRecordedAtAsc(from, to).stream()
                .map(CareReview::view).toList();
    }

    @Transactional(readOnly = true)
    public List<CareVisitView> visitsOf(UUID periodId) {
        return visits.findByPeriodIdAndVoidedFalseOrderByDateDescRecordedAtDesc(periodId).stream()
                .map(CareVisit::view).toList();
    }

    @Transactional(readOnly = true)
    public List<IroContactView> iroContactsOf(UUID periodId) {
        return contacts.findByPeriodIdAndVoidedFalseOrderByDateDescRecordedAtDesc(periodId).stream()
                .map(IroContact::view).toList();
    }

    // ---- bulk reads for returns (Annex A): latest first, empty for no periods ----

    @Transactional(readOnly = true)
    public List<CarePlanView> plansOfPeriods(java.util.Collection<UUID> periodIds) {
        return periodIds.isEmpty() ? List.of() : plans.findByPeriodIdInAndVoidedFalseOrderByDateDescRecordedAtDesc(
                periodIds).stream().map(CarePlan::view).toList();
    }

    @Transactional(readOnly = true)
    public List<CareVisitView> visitsOfPeriods(java.util.Collection<UUID> periodIds) {
        return periodIds.isEmpty() ? List.of() : visits.findByPeriodIdInAndVoidedFalseOrderByDateDescRecordedAtDesc(
                periodIds).stream().map(CareVisit::view).toList();
    }

    @Transactional(readOnly = true)
    public List<IroContactView> iroContactsOfPeriods(java.util.Collection<UUID> periodIds) {
        return periodIds.isEmpty() ? List.of()
                : contacts.findByPeriodIdInAndVoidedFalseOrderByDateDescRecordedAtDesc(periodIds).stream()
                        .map(IroContact::view).toList();
    }

    /** A care plan (or revision): satisfies the care plan clock, and with a permanence plan the permanence plan clock. */
    @Transactional
    public CarePlanView recordCarePlan(UUID periodId, LocalDate date, PermanencePlan permanence, String summary) {
        CarePeriod period = open(periodId, date);
        CarePlan saved = plans.save(new CarePlan(periodId, period.getChildId(), date, permanence, summary,
                CurrentUser.username(), clock.instant()));
        clocks.satisfy(period.getChildId(), List.of(ChildrenInCareTimescales.CARE_PLAN), date, "Care plan agreed");
        if (permanence != null) {
            clocks.satisfy(period.getChildId(), List.of(ChildrenInCareTimescales.PERMANENCE_PLAN), date,
                    "Permanence plan agreed");
        }
        return saved.view();
    }

    /**
     * The IRO records the review they chaired: satisfies the review clock (the next follows: second within 3 months
     * of the first, then every 6 months); after the first review with no permanence plan yet, the permanence plan
     * clock starts. The participation code must fit the child's age on the day: PN0 under 4, PN1 to PN7 from 4 (DfE
     * rules 440, 441). Publishes {@link CareReviewHeld}.
     */
    @Transactional
    public CareReviewView recordReview(UUID periodId, LocalDate date, Participation participation, String childViews,
            String discussed, String decisions) {
        String iro = requireIro();
        CarePeriod period = open(periodId, date);
        LocalDate born = people.find(period.getChildId()).map(PersonSummary::dateOfBirth).orElse(null);
        if (participation != null && !participation.fits(born, date)) {
            throw new IllegalStateException(participation.misfitKey());
        }
        boolean first = reviewsOf(periodId).isEmpty();
        CareReview saved = reviews.save(new CareReview(periodId, period.getChildId(), date, iro, participation,
                childViews, discussed, decisions, clock.instant()));
        UUID child = period.getChildId();
        clocks.satisfy(child, List.of(ChildrenInCareTimescales.FIRST_REVIEW, ChildrenInCareTimescales.SECOND_REVIEW,
                ChildrenInCareTimescales.REVIEW), date, "Looked after child review held");
        if (first && plansOf(periodId).stream().noneMatch(p -> p.permanencePlan() != null)) {
            clocks.open(child, ChildrenInCareTimescales.PERMANENCE_PLAN, date, "First review held");
        }
        events.publishEvent(new CareReviewHeld(child, periodId, saved.getId(), date, iro, participation.name(),
                childViews, discussed, decisions));
        return saved.view();
    }

    /** The IRO's contact with the child between reviews. */
    @Transactional
    public IroContactView recordIroContact(UUID periodId, LocalDate date, String how, String note) {
        String iro = requireIro();
        CarePeriod period = open(periodId, date);
        return contacts.save(new IroContact(periodId, period.getChildId(), date, how, note, iro, clock.instant()))
                .view();
    }

    /**
     * A statutory visit in the current placement. A visit where the child is seen satisfies the visit clock; the
     * next is due within 6 weeks, or within 3 months once the placement has lasted a year and is intended to last
     * until the child is 18.
     */
    @Transactional
    public CareVisitView recordVisit(UUID periodId, LocalDate date, boolean seen, boolean seenAlone, String words) {
        CarePeriod period = open(periodId, date);
        List<CarePlacement> placed = placements.findByPeriodIdAndVoidedFalseOrderByStartDateAscRecordedAtAsc(periodId);
        if (placed.isEmpty()) {
            throw new IllegalStateException("childrenincare.error.noPlacement");
        }
        CarePlacement placement = placed.get(placed.size() - 1);
        ChildrenInCare.requireNotBefore(date, placement.getStartDate(), "childrenincare.error.beforePlacement");
        CareVisit saved = visits.save(new CareVisit(periodId, period.getChildId(), placement.getId(), date, seen,
                seenAlone, words, CurrentUser.username(), clock.instant()));
        if (seen) {
            Optional<UUID> next = clocks.satisfy(period.getChildId(), ChildrenInCareTimescales.VISIT_RULES, date,
                    "Statutory visit, child seen");
            boolean longTerm = placement.view().intendedUntil18()
                    && !date.isBefore(placement.getStartDate().plusYears(1));
            String wanted = longTerm ? ChildrenInCareTimescales.LONG_TERM_VISIT : ChildrenInCareTimescales.VISIT;
            next.flatMap(clocks::find).filter(o -> !o.ruleId().equals(wanted)).ifPresent(o -> {
                clocks.voidObligation(o.id(), "Visit interval set by the placement");
                clocks.open(period.getChildId(), wanted, date, "Statutory visit, child seen");
            });
        }
        return saved.view();
    }

    /** The plan and notifications an emergency placement needs within 5 working days, as far as they are done. */
    @Transactional
    public PlacementView recordPlacementFollowUp(UUID placementId, long seenVersion, LocalDate planOn,
            LocalDate notifiedOn) {
        CarePlacement placement = placements.findById(placementId)
                .orElseThrow(() -> new NotFoundException("Placement"));
        if (placement.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(CarePlacement.class, placementId);
        }
        if (planOn != null) {
            open(placement.getPeriodId(), planOn);
        }
        if (notifiedOn != null) {
            open(placement.getPeriodId(), notifiedOn);
        }
        placement.followUp(planOn, notifiedOn);
        UUID child = placement.getChildId();
        if (planOn != null) {
            clocks.satisfy(child, List.of(ChildrenInCareTimescales.PLACEMENT_PLAN), planOn, "Placement plan agreed");
        }
        if (notifiedOn != null) {
            clocks.satisfy(child, List.of(ChildrenInCareTimescales.PLACEMENT_NOTIFY), notifiedOn,
                    "Placement notifications sent");
        }
        placements.flush();
        return placement.view();
    }

    private String requireIro() {
        if (CurrentUser.get().filter(u -> u.has(Permission.REVIEW_CHILD_IN_CARE)).isEmpty()) {
            throw new AccessDeniedException("Only an independent reviewing officer records reviews and IRO contacts");
        }
        return CurrentUser.username();
    }

    /** The open period, with a date that is not in the future and not before the period started. */
    private CarePeriod open(UUID periodId, LocalDate date) {
        CarePeriod period = periods.findById(periodId).orElseThrow(() -> new NotFoundException("Period of care"));
        period.requireOpen();
        if (date == null) {
            throw new IllegalArgumentException("A date is needed");
        }
        if (date.isAfter(LocalDate.now(clock.withZone(hearth.timescales.Due.LONDON)))) {
            throw new IllegalArgumentException("The date cannot be in the future");
        }
        ChildrenInCare.requireNotBefore(date, period.getStartDate(), "childrenincare.error.beforeStart");
        return period;
    }
}
