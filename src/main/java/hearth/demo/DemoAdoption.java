package hearth.demo;

import hearth.adoption.AdoptionJourneyView;
import hearth.adoption.Adoptions;
import hearth.adoption.CareFacts;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.work.Duties;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Adoption journeys for some young children in care at the end of the history (as adoption's own projection knows
 * them): the agency decision, placement order, match, moving in and order, each step on its day while it is in the
 * past, so the timeliness measures vary. Finds nothing when no child is in care.
 */
@Component
class DemoAdoption {

    private static final String[] ADOPTERS = {"Alex and Sam Patel", "Jo and Chris Walker", "Priya Shah",
            "Tom and Lee Hughes", "Grace and Daniel Okafor", "Rachel Green"};

    private final CareFacts careFacts;
    private final Adoptions adoptions;
    private final People people;
    private final Duties duties;
    private final DemoActors actors;

    DemoAdoption(CareFacts careFacts, Adoptions adoptions, People people, Duties duties, DemoActors actors) {
        this.careFacts = careFacts;
        this.adoptions = adoptions;
        this.people = people;
        this.duties = duties;
        this.actors = actors;
    }

    int run(LocalDate today, Random random, Consumer<String> progress) {
        int made = 0;
        List<CareFacts.CareFactView> inCare = careFacts.inCareNow();
        for (CareFacts.CareFactView c : inCare) {
            PersonSummary child = people.find(c.childId()).orElse(null);
            if (child == null || child.dateOfBirth() == null
                    || ChronoUnit.YEARS.between(child.dateOfBirth(), today) >= 5
                    || ChronoUnit.DAYS.between(c.enteredCareOn(), today) < 120 || random.nextInt(100) >= 40
                    || !adoptions.forChild(c.childId()).isEmpty()) {
                continue;
            }
            String worker = worker(c.childId());
            LocalDate decided = c.enteredCareOn().plusDays(90 + random.nextInt(120));
            if (decided.isAfter(today)) {
                continue;
            }
            boolean ffa = random.nextInt(100) < 15;
            boolean concurrent = !ffa && random.nextInt(100) < 10;
            AdoptionJourneyView j = actors.as(worker, Role.SOCIAL_WORKER, DemoCarers.at(decided), () -> adoptions
                    .decide(c.childId(), decided, "Head of children's services", ffa, concurrent));
            made++;
            if (ffa) {
                LocalDate fostered = decided.plusDays(5 + random.nextInt(20));
                j = step(today, worker, fostered, x -> adoptions.fosteredForAdoption(x.id(), x.version(), fostered), j);
            }
            LocalDate order = decided.plusDays(40 + random.nextInt(120));
            j = step(today, worker, order, x -> adoptions.placementOrder(x.id(), x.version(), order), j);
            LocalDate match = order.plusDays(30 + random.nextInt(170));
            String adopters = ADOPTERS[random.nextInt(ADOPTERS.length)];
            j = step(today, worker, match, x -> adoptions.match(x.id(), x.version(), match, null, adopters), j);
            LocalDate placed = match.plusDays(14 + random.nextInt(40));
            j = step(today, worker, placed, x -> adoptions.place(x.id(), x.version(), placed), j);
            LocalDate granted = placed.plusDays(90 + random.nextInt(150));
            step(today, worker, granted, x -> adoptions.order(x.id(), x.version(), granted), j);
        }
        progress.accept("  " + made + " adoption journeys");
        return made;
    }

    /** Records a step as the worker on its day, if that day has come and the step before was recorded. */
    private AdoptionJourneyView step(LocalDate today, String worker, LocalDate on,
            Function<AdoptionJourneyView, AdoptionJourneyView> s, AdoptionJourneyView before) {
        if (on.isAfter(today)) {
            return before;
        }
        return actors.as(worker, Role.SOCIAL_WORKER, DemoCarers.at(on), () -> s.apply(before));
    }

    private String worker(UUID childId) {
        String responsible = duties.responsibleFor(childId);
        return responsible == null || responsible.length() == 36 ? "sw.demo" : responsible;
    }
}
