package hearth.childrenincare;

import hearth.timescales.Due;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import hearth.work.Duties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Opens, satisfies and voids a looked after child's obligations under the children in care rules. */
@Component
class CareClocks {

    private final Duties duties;
    private final Obligations obligations;

    CareClocks(Duties duties, Obligations obligations) {
        this.duties = duties;
        this.obligations = obligations;
    }

    UUID open(UUID childId, String rule, LocalDate from, String why) {
        return duties.open(childId, rule, from, why);
    }

    Optional<ObligationView> openUnder(UUID childId, Collection<String> rules) {
        return obligations.openFor(List.of(childId)).stream().filter(o -> rules.contains(o.ruleId())).findFirst();
    }

    /** Satisfies the child's open obligation under any of the rules with an event on {@code date}, unless it predates it. */
    Optional<UUID> satisfy(UUID childId, Collection<String> rules, LocalDate date, String event) {
        Instant metAt = date.atStartOfDay(Due.LONDON).toInstant();
        return openUnder(childId, rules).filter(o -> !metAt.isBefore(o.startedAt()))
                .flatMap(o -> obligations.satisfy(o.id(), metAt, event));
    }

    void voidOpen(UUID childId, Collection<String> rules, String reason) {
        for (ObligationView open : obligations.openFor(List.of(childId))) {
            if (rules.contains(open.ruleId())) {
                obligations.voidObligation(open.id(), reason);
            }
        }
    }

    void voidObligation(UUID id, String reason) {
        obligations.voidObligation(id, reason);
    }

    Optional<ObligationView> find(UUID id) {
        return obligations.find(id);
    }
}
