package hearth.adoption;

import hearth.adoption.domain.AdoptionJourney;
import hearth.adoption.domain.AdoptionJourneyRepository;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.timescales.Due;
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
 * Published API for a child's adoption journey. The agency decision maker's decision starts the 6-month clock for a
 * match (AD1); each later step follows the one before; timeliness (A10, A2) is worked out from adoption's own care
 * facts and the journey.
 */
@Service
public class Adoptions {

    /** A proposed match identified and approved within 6 months of the "should be placed" decision. */
    public static final String MATCH_RULE = "adoption-match";

    private final AdoptionJourneyRepository journeys;
    private final CareFacts careFacts;
    private final Duties duties;
    private final Obligations obligations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Adoptions(AdoptionJourneyRepository journeys, CareFacts careFacts, Duties duties, Obligations obligations,
            ApplicationEventPublisher events, Clock clock) {
        this.journeys = journeys;
        this.careFacts = careFacts;
        this.duties = duties;
        this.obligations = obligations;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Due.LONDON);
    }

    /** The agency decision maker decided the child should be placed for adoption. */
    @Transactional
    public AdoptionJourneyView decide(UUID childId, LocalDate decidedOn, String decisionMaker,
            boolean fosteringForAdoption, boolean concurrentPlanning) {
        if (current(childId).isPresent()) {
            throw new AdoptionRuleBroken("adoption.rule.alreadyPlanned", "The child already has an adoption plan");
        }
        AdoptionJourney j = new AdoptionJourney(childId, decidedOn, decisionMaker, fosteringForAdoption,
                concurrentPlanning, today(), CurrentUser.username(), clock.instant());
        j.matchObligation(duties.open(childId, MATCH_RULE, decidedOn,
                "Agency decision maker: the child should be placed for adoption"));
        journeys.save(j);
        events.publishEvent(new AdoptionDecisionMade(childId, j.getId(), decidedOn, j.view().decisionMaker(),
                fosteringForAdoption, concurrentPlanning));
        return j.view();
    }

    @Transactional
    public AdoptionJourneyView placementOrder(UUID journeyId, long seenVersion, LocalDate madeOn) {
        AdoptionJourney j = seen(journeyId, seenVersion);
        j.placementOrder(madeOn, today());
        events.publishEvent(new AdoptionPlacementOrderMade(j.getChildId(), j.getId(), madeOn));
        return flushed(j);
    }

    @Transactional
    public AdoptionJourneyView match(UUID journeyId, long seenVersion, LocalDate matchedOn, UUID adopterId,
            String adopterName) {
        AdoptionJourney j = seen(journeyId, seenVersion);
        j.match(matchedOn, adopterId, adopterName, today());
        closeMatchClock(j, matchedOn, true, "Match approved");
        events.publishEvent(new AdoptionMatchApproved(j.getChildId(), j.getId(), matchedOn, adopterId,
                j.view().adopterName()));
        return flushed(j);
    }

    @Transactional
    public AdoptionJourneyView place(UUID journeyId, long seenVersion, LocalDate placedOn) {
        AdoptionJourney j = seen(journeyId, seenVersion);
        j.place(placedOn, today());
        events.publishEvent(new ChildPlacedWithAdopters(j.getChildId(), j.getId(), placedOn, j.view().adopterName()));
        return flushed(j);
    }

    /** Fostering for adoption: the start of the foster placement with the approved adopters (ends the A10 clock). */
    @Transactional
    public AdoptionJourneyView fosteredForAdoption(UUID journeyId, long seenVersion, LocalDate on) {
        AdoptionJourney j = seen(journeyId, seenVersion);
        j.fosteredForAdoption(on, today());
        return flushed(j);
    }

    @Transactional
    public AdoptionJourneyView order(UUID journeyId, long seenVersion, LocalDate madeOn) {
        AdoptionJourney j = seen(journeyId, seenVersion);
        j.order(madeOn, today());
        events.publishEvent(new AdoptionOrderGranted(j.getChildId(), j.getId(), madeOn));
        return flushed(j);
    }

    /** The decision that the child should no longer be placed for adoption, and why. */
    @Transactional
    public AdoptionJourneyView stop(UUID journeyId, long seenVersion, LocalDate decidedOn, String reason) {
        AdoptionJourney j = seen(journeyId, seenVersion);
        j.stop(decidedOn, reason, today());
        closeMatchClock(j, decidedOn, false, "The child should no longer be placed for adoption");
        events.publishEvent(new AdoptionPlanStopped(j.getChildId(), j.getId(), decidedOn, j.view().stoppedReason()));
        return flushed(j);
    }

    @Transactional
    public AdoptionJourneyView lifeStory(UUID journeyId, long seenVersion, LocalDate startedOn, LocalDate doneOn) {
        AdoptionJourney j = seen(journeyId, seenVersion);
        j.lifeStory(startedOn, doneOn, today());
        return flushed(j);
    }

    @Transactional(readOnly = true)
    public Optional<AdoptionJourneyView> find(UUID journeyId) {
        return journeys.findById(journeyId).map(AdoptionJourney::view);
    }

    /** The child's journeys, latest first. */
    @Transactional(readOnly = true)
    public List<AdoptionJourneyView> forChild(UUID childId) {
        return journeys.findByChildIdAndVoidedFalseOrderByDecidedOnDesc(childId).stream().map(AdoptionJourney::view)
                .toList();
    }

    /** The child's journey still heading for an order, if any. */
    @Transactional(readOnly = true)
    public Optional<AdoptionJourneyView> current(UUID childId) {
        return forChild(childId).stream().filter(AdoptionJourneyView::active).findFirst();
    }

    /** Every journey, oldest decision first. */
    @Transactional(readOnly = true)
    public List<AdoptionJourneyView> all() {
        return journeys.findByVoidedFalseOrderByDecidedOnAsc().stream().map(AdoptionJourney::view).toList();
    }

    /** The timeliness of every journey (not voided), in the order of {@link #all()}, read in two queries. */
    @Transactional(readOnly = true)
    public List<AdoptionTimeliness> timelinessOfAll() {
        java.util.Map<UUID, CareFacts.CareFactView> facts = careFacts.latestByChild();
        return all().stream().map(j -> timeliness(j, Optional.ofNullable(facts.get(j.childId())))).toList();
    }

    /** The child's timeliness for a journey (A10 and A2), from adoption's own care facts. */
    @Transactional(readOnly = true)
    public AdoptionTimeliness timeliness(AdoptionJourneyView j) {
        return timeliness(j, careFacts.latest(j.childId()));
    }

    private AdoptionTimeliness timeliness(AdoptionJourneyView j, Optional<CareFacts.CareFactView> fact) {
        LocalDate movedIn = j.fosteringForAdoption() && j.ffaPlacedOn() != null ? j.ffaPlacedOn()
                : j.placedOn() != null ? j.placedOn() : fact.map(CareFacts.CareFactView::placedForAdoptionOn).orElse(null);
        return new AdoptionTimeliness(j.childId(), fact.map(CareFacts.CareFactView::enteredCareOn).orElse(null),
                movedIn, j.placementOrderOn(), j.matchedOn(), today());
    }

    private void closeMatchClock(AdoptionJourney j, LocalDate on, boolean met, String why) {
        if (j.getMatchObligationId() == null) {
            return;
        }
        obligations.find(j.getMatchObligationId()).filter(o -> o.state().isOpen()).ifPresent(o -> {
            if (met) {
                obligations.satisfy(o.id(), on.atStartOfDay(Due.LONDON).toInstant(), why);
            } else {
                obligations.voidObligation(o.id(), why);
            }
        });
    }

    private AdoptionJourney seen(UUID id, long seenVersion) {
        AdoptionJourney j = journeys.findById(id).orElseThrow(() -> new NotFoundException("Adoption journey"));
        if (j.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(AdoptionJourney.class, "seen version " + seenVersion);
        }
        return j;
    }

    private AdoptionJourneyView flushed(AdoptionJourney j) {
        journeys.flush();
        return j.view();
    }
}
