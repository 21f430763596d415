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
import org.springframework.stereotype.Component;

/**
 * Lets the generator act as the people who do the work (a front-door worker records, a manager decides), at the
 * moment they did it, through the contexts' own APIs: it pins the clock for this thread and signs the user in on
 * this thread only, then puts both back.
 */
@Component
class DemoActors {

    private final HearthClock clock;
    // each user's id is named from the user, so a later run that finds them here acts as the same people
    private final Map<String, HearthUser> users = new HashMap<>();

    DemoActors(HearthClock clock) {
        this.clock = clock;
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
            return clock.during(at, work);
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
