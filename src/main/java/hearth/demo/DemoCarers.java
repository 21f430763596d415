package hearth.demo;

import hearth.adoption.CareFacts;
import hearth.fostering.ConnectedPersons;
import hearth.fostering.KinshipApprovalView;
import hearth.fostering.KinshipOutcome;
import hearth.security.Role;
import hearth.timescales.Due;
import hearth.work.Duties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Connected persons' temporary approvals for some children in care at the end of the history: recorded by the
 * child's worker on the day, some extended once by a nominated officer, most decided before they run out and a few
 * left overdue (the inspection finding the kinship list shows). Finds nothing when no child is in care.
 */
@Component
class DemoCarers {

    private static final String[] RELATIONSHIPS = {"Maternal grandmother", "Paternal grandmother", "Aunt", "Uncle",
            "Adult sister", "Family friend", "Maternal grandparents"};
    private static final String[] NAMES = {"Maureen", "Patricia", "Denise", "Gary", "Sharon", "Tina", "Colin", "Janet"};

    private final CareFacts careFacts;
    private final ConnectedPersons connected;
    private final Duties duties;
    private final DemoActors actors;

    DemoCarers(CareFacts careFacts, ConnectedPersons connected, Duties duties, DemoActors actors) {
        this.careFacts = careFacts;
        this.connected = connected;
        this.duties = duties;
        this.actors = actors;
    }

    int run(LocalDate today, Random random, Consumer<String> progress) {
        List<CareFacts.CareFactView> inCare = careFacts.inCareNow();
        int made = 0;
        for (int i = 0; i < inCare.size(); i++) {
            CareFacts.CareFactView c = inCare.get(i);
            // about one child in care in five lives with family or friends; a small authority still has one
            boolean lastChance = made == 0 && i == inCare.size() - 1;
            if ((random.nextInt(100) >= 20 && !lastChance) || !connected.forChild(c.childId()).isEmpty()) {
                continue;
            }
            long inCareDays = ChronoUnit.DAYS.between(c.enteredCareOn(), today);
            LocalDate approvedOn = c.enteredCareOn().plusDays(random.nextInt((int) Math.max(1, Math.min(inCareDays, 30))));
            approvedOn = approvedOn.isBefore(today.minusDays(220)) ? today.minusDays(random.nextInt(220)) : approvedOn;
            String worker = worker(c.childId());
            LocalDate on = approvedOn;
            KinshipApprovalView a = actors.as(worker, Role.SOCIAL_WORKER, at(on), () -> connected.approve(c.childId(),
                    NAMES[random.nextInt(NAMES.length)] + " " + (char) ('A' + random.nextInt(26)) + "."
                            + " (connected person)",
                    RELATIONSHIPS[random.nextInt(RELATIONSHIPS.length)], on));
            made++;
            LocalDate decideBy = a.expiresOn();
            if (random.nextInt(100) < 35) {
                LocalDate extendOn = a.approvedOn().plusWeeks(14 + random.nextInt(2));
                if (!extendOn.isAfter(today)) {
                    int weeks = 4 + random.nextInt(5);
                    KinshipApprovalView current = a;
                    a = actors.as(worker, Role.SOCIAL_WORKER, at(extendOn), () -> connected.extend(current.id(),
                            current.version(), extendOn, weeks, "Full assessment delayed: awaiting medical and DBS "
                                    + "checks. Fostering panel consulted, IRO informed.", "Head of service"));
                    decideBy = a.expiresOn();
                }
            }
            LocalDate decideOn = decideBy.minusDays(random.nextInt(40));
            if (!decideOn.isAfter(today) && random.nextInt(100) < 85) {
                KinshipOutcome outcome = random.nextInt(100) < 75 ? KinshipOutcome.APPROVED_AS_FOSTER_CARER
                        : random.nextBoolean() ? KinshipOutcome.NOT_APPROVED : KinshipOutcome.CHILD_MOVED;
                KinshipApprovalView current = a;
                actors.as(worker, Role.SOCIAL_WORKER, at(decideOn), () -> connected.decide(current.id(),
                        current.version(), outcome, decideOn, "Fostering panel, then the agency decision maker"));
            }
        }
        progress.accept("  " + made + " connected person approvals for " + inCare.size() + " children in care");
        return made;
    }

    private String worker(UUID childId) {
        String responsible = duties.responsibleFor(childId);
        return responsible == null || responsible.length() == 36 ? "sw.demo" : responsible;
    }

    static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(Due.LONDON).toInstant();
    }
}
