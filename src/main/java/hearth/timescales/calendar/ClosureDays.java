package hearth.timescales.calendar;

import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The council's local closure days: listed, added and voided by an administrator. */
@Service
public class ClosureDays {

    private final LocalClosureDayRepository repository;
    private final Clock clock;
    private volatile Set<LocalDate> active;

    ClosureDays(LocalClosureDayRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Closure days (voided ones too) from a year before today onwards, in date order. */
    @Transactional(readOnly = true)
    public List<LocalClosureDay> recentAndFuture() {
        LocalDate today = LocalDate.now(clock);
        return repository.findByClosureDateBetweenOrderByClosureDateAscAddedAtAsc(today.minusYears(1),
                LocalDate.of(9999, 12, 31));
    }

    /** Whether the offices are closed that day; cached until a closure day is added or voided. */
    public boolean isClosed(LocalDate date) {
        Set<LocalDate> dates = active;
        if (dates == null) {
            dates = Set.copyOf(repository.activeDates());
            active = dates;
        }
        return dates.contains(date);
    }

    @Transactional(readOnly = true)
    public boolean alreadyClosed(LocalDate date) {
        return repository.existsByClosureDateAndVoidedFalse(date);
    }

    @Transactional
    public UUID add(LocalDate date, String description) {
        LocalClosureDay day = repository.save(new LocalClosureDay(date, description, CurrentUser.username(),
                clock.instant()));
        forgetAfterCommit();
        return day.getId();
    }

    @Transactional(readOnly = true)
    public LocalClosureDay find(UUID id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Closure day"));
    }

    @Transactional
    public void voidDay(UUID id, String reason) {
        LocalClosureDay day = find(id);
        if (!day.isVoided()) {
            day.voidBecause(reason, CurrentUser.username(), clock.instant());
            forgetAfterCommit();
        }
    }

    private void forgetAfterCommit() {
        active = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    active = null;
                }
            });
        }
    }
}
