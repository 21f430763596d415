package hearth.carehealth;

import hearth.childrenincare.ChildBecameLookedAfter;
import hearth.childrenincare.ChildCeasedToBeLookedAfter;
import hearth.childrenincare.PlacementStarted;
import hearth.security.HearthUser;
import hearth.shared.Ids;
import hearth.support.Fixtures;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Test steps: the children in care events, published in a transaction as that context will, and acting as a user. */
public class CareJourney {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Fixtures fx;

    public CareJourney(ApplicationContext context, Fixtures fx) {
        this.events = context;
        this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.fx = fx;
    }

    /** The child becomes looked after on {@code start} (and is placed the same day); answers the period id. */
    public UUID becameLookedAfter(UUID childId, LocalDate start) {
        UUID period = Ids.next();
        publish(new ChildBecameLookedAfter(childId, period, start, "C2", "N1", "someone"));
        publish(new PlacementStarted(childId, period, Ids.next(), start, "U4", null, "Jo and Sam Carter", false,
                "someone"));
        return period;
    }

    public void ceased(UUID childId, UUID period, LocalDate end) {
        publish(new ChildCeasedToBeLookedAfter(childId, period, end, "E4A", "someone"));
    }

    public void publish(Object event) {
        transaction.executeWithoutResult(s -> events.publishEvent(event));
    }

    public <T> T as(String username, Supplier<T> work) {
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

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
