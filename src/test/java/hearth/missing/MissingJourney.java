package hearth.missing;

import hearth.childrenincare.ChildBecameLookedAfter;
import hearth.childrenincare.ChildCeasedToBeLookedAfter;
import hearth.security.HearthUser;
import hearth.support.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the missing tests need: acting as a user, a period of care published as children in care publishes it, an episode. */
class MissingJourney {

    private final Fixtures fx;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final MissingEpisodes missing;

    MissingJourney(ApplicationContext context, Fixtures fx) {
        this.fx = fx;
        this.events = context;
        this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.missing = context.getBean(MissingEpisodes.class);
    }

    UUID lookedAfter(UUID childId, LocalDate from) {
        UUID period = UUID.randomUUID();
        transaction.executeWithoutResult(s -> events.publishEvent(
                new ChildBecameLookedAfter(childId, period, from, "V2", "N1", "test")));
        return period;
    }

    void ceased(UUID childId, UUID period, LocalDate on) {
        transaction.executeWithoutResult(s -> events.publishEvent(
                new ChildCeasedToBeLookedAfter(childId, period, on, "E4A", "test")));
    }

    MissingEpisodeView report(String worker, UUID childId, Instant startedAt) {
        return as(worker, () -> missing.report(new NewMissingEpisode(childId, MissingKind.MISSING, startedAt,
                "Did not come home after school", true, "CAD 1234")));
    }

    MissingEpisodeView returned(String worker, MissingEpisodeView episode, Instant at) {
        return as(worker, () -> missing.recordReturn(episode.id(), episode.version(),
                new MissingReturn(at, "A friend's flat in town", "Brought back by police")));
    }

    <T> T as(String username, Supplier<T> work) {
        HearthUser user = fx.signedIn(username);
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
