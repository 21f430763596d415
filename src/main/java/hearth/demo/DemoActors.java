package hearth.demo;

import hearth.platform.HearthClock;
import hearth.security.HearthUser;
import hearth.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets the generator act as the people who do the work (a front-door worker records, a manager decides), at the
 * moment they did it, through the contexts' own APIs: it pins the clock for this thread and signs the user in on
 * this thread only, then puts both back.
 *
 * <p>A whole journey (a contact and everything that follows it) can be recorded in one transaction
 * ({@link #journey}): each step still starts from what the database holds (the persistence context is flushed and
 * cleared after it, as separate requests would see), but there is one commit a journey rather than one a step,
 * which is most of the generator's time on PostgreSQL.
 */
@Component
class DemoActors {

    private final HearthClock clock;
    // each user's id is named from the user, so a later run that finds them here acts as the same people
    private final Map<String, HearthUser> users = new HashMap<>();
    private final TransactionTemplate transactions;
    private final ThreadLocal<Boolean> inJourney = ThreadLocal.withInitial(() -> false);
    @PersistenceContext
    private EntityManager entityManager;

    DemoActors(HearthClock clock, PlatformTransactionManager transactionManager) {
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Runs the steps of one journey in one transaction (see the class comment). */
    <T> T journey(Supplier<T> steps) {
        if (inJourney.get()) {
            return steps.get();
        }
        return transactions.execute(status -> {
            inJourney.set(true);
            try {
                return steps.get();
            } finally {
                inJourney.set(false);
            }
        });
    }

    /** Runs {@code work} as {@code username} in {@code role} at {@code at}. */
    <T> T as(String username, Role role, Instant at, Supplier<T> work) {
        HearthUser user = users.computeIfAbsent(username + "/" + role,
                k -> new HearthUser(UUID.nameUUIDFromBytes(k.getBytes(StandardCharsets.UTF_8)), username, username,
                        role, null, false, true));
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            T answer = clock.during(at, work);
            if (inJourney.get()) {
                entityManager.flush();
                entityManager.clear();
            }
            return answer;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    void as(String username, Role role, Instant at, Runnable work) {
        as(username, role, at, () -> {
            work.run();
            return null;
        });
    }
}
