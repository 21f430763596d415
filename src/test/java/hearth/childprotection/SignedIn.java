package hearth.childprotection;

import hearth.security.HearthUser;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service calls as a signed-in user, as a request would. */
final class SignedIn {

    private SignedIn() {
    }

    static <T> T as(HearthUser user, Supplier<T> work) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    static void run(HearthUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }
}
