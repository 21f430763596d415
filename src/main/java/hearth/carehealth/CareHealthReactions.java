package hearth.carehealth;

import hearth.carehealth.domain.CarePeriodSeen;
import hearth.carehealth.domain.CarePeriodSeenRepository;
import hearth.childrenincare.ChildBecameLookedAfter;
import hearth.childrenincare.ChildCeasedToBeLookedAfter;
import hearth.childrenincare.PlacementStarted;
import hearth.people.People;
import hearth.people.PersonSummary;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps this context's own record of who is looked after and since when from the children in care events, and opens
 * and closes the health and education obligations with it (synchronously, in the publisher's transaction).
 */
@Component
class CareHealthReactions {

    private static final Logger log = LoggerFactory.getLogger(CareHealthReactions.class);

    private final CarePeriodSeenRepository periods;
    private final CareHealthDuties duties;
    private final People people;
    private final Clock clock;

    CareHealthReactions(CarePeriodSeenRepository periods, CareHealthDuties duties, People people, Clock clock) {
        this.periods = periods;
        this.duties = duties;
        this.people = people;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(ChildBecameLookedAfter e) {
        if (periods.existsById(e.periodId())) {
            return;
        }
        boolean alreadyInCare = periods.findByChildIdOrderByStartDateDesc(e.childId()).stream()
                .anyMatch(CarePeriodSeen::isOpen);
        periods.save(new CarePeriodSeen(e.periodId(), e.childId(), e.startDate(), clock.instant()));
        if (alreadyInCare) {
            log.warn("Child {} began a period of care while another is open", e.childId());
            return;
        }
        LocalDate dob = people.find(e.childId()).map(PersonSummary::dateOfBirth).orElse(null);
        duties.careStarted(e.childId(), e.startDate(), dob);
    }

    @EventListener
    @Transactional
    public void on(PlacementStarted e) {
        periods.findById(e.periodId()).ifPresent(p -> p.placed(e.carerName(), e.startDate()));
    }

    @EventListener
    @Transactional
    public void on(ChildCeasedToBeLookedAfter e) {
        CarePeriodSeen period = periods.findById(e.periodId()).orElse(null);
        if (period == null || !period.isOpen()) {
            log.warn("Child {} ceased to be looked after from a period not open here", e.childId());
            return;
        }
        period.ended(e.endDate());
        duties.careEnded(e.childId(), "Ceased to be looked after (" + e.reasonCeased() + ")");
    }
}
