package hearth.childprotection;

import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.timescales.Due;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What the child protection services share: today from the injected clock, the child, the clocks they meet, the
 * checks on dates, versions and permissions.
 */
@Component
class ProtectionClock {

    private final People people;
    private final Obligations obligations;
    private final Clock clock;

    ProtectionClock(People people, Obligations obligations, Clock clock) {
        this.people = people;
        this.obligations = obligations;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Due.LONDON);
    }

    static Instant start(LocalDate date) {
        return date.atStartOfDay(Due.LONDON).toInstant();
    }

    PersonSummary child(UUID childId) {
        return people.find(childId).filter(p -> p.kind() == hearth.people.PersonKind.CHILD)
                .orElseThrow(() -> new NotFoundException("Child"));
    }

    Optional<ObligationView> openUnder(UUID childId, String... rules) {
        Set<String> wanted = Set.of(rules);
        return obligations.openFor(List.of(childId)).stream().filter(o -> wanted.contains(o.ruleId())).findFirst();
    }

    /** Satisfies a clock with the work's actual time; work dated before the clock started (recorded late) does not. */
    void satisfyIfOpen(UUID obligationId, Instant at, String event) {
        obligations.find(obligationId).filter(o -> o.metAt() == null && !at.isBefore(o.startedAt())
                && o.state() != hearth.timescales.ObligationState.VOIDED)
                .ifPresent(o -> obligations.satisfy(obligationId, at, event));
    }

    void checkDate(LocalDate date, LocalDate notBefore, String beforeMessage) {
        if (date == null) {
            throw new IllegalArgumentException("A date is needed");
        }
        if (date.isAfter(today())) {
            throw new IllegalArgumentException("The date cannot be in the future");
        }
        if (notBefore != null && date.isBefore(notBefore)) {
            throw new IllegalArgumentException(beforeMessage);
        }
    }

    static void checkVersion(long actual, long seen, Class<?> type, UUID id) {
        if (actual != seen) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

    static void require(Permission permission, String message) {
        if (CurrentUser.get().filter(u -> u.has(permission)).isEmpty()) {
            throw new AccessDeniedException(message);
        }
    }
}
