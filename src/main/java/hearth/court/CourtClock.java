package hearth.court;

import hearth.court.domain.CareProceedings;
import hearth.court.domain.CourtOrder;
import hearth.court.domain.PreProceedings;
import hearth.timescales.Due;
import hearth.timescales.Obligations;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** What the court services share: today from the injected clock, the obligations they meet or void, stale edits. */
@Component
class CourtClock {

    private final Obligations obligations;
    private final Clock clock;

    CourtClock(Obligations obligations, Clock clock) {
        this.obligations = obligations;
        this.clock = clock;
    }

    /** Today in London, from the injected clock. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Due.LONDON);
    }

    Instant now() {
        return clock.instant();
    }

    void satisfyIfOpen(UUID obligationId, LocalDate date, String event) {
        if (obligationId == null) {
            return;
        }
        obligations.find(obligationId).filter(o -> o.state().isOpen()).ifPresent(o -> {
            Instant at = date.atStartOfDay(Due.LONDON).toInstant();
            obligations.satisfy(o.id(), at.isBefore(o.startedAt()) ? o.startedAt() : at, event);
        });
    }

    void voidIfOpen(UUID obligationId, String reason) {
        if (obligationId != null) {
            obligations.find(obligationId).filter(o -> o.state().isOpen())
                    .ifPresent(o -> obligations.voidObligation(o.id(), reason));
        }
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return b.isAfter(a) ? b : a;
    }

    /** The record, if it is still at the version the user saw; otherwise the change is refused. */
    static <T> T seen(T entity, long seenVersion) {
        long version = entity instanceof PreProceedings pp ? pp.getVersion()
                : entity instanceof CareProceedings p ? p.getVersion() : ((CourtOrder) entity).getVersion();
        if (version != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(entity.getClass(), "seen version " + seenVersion);
        }
        return entity;
    }
}
