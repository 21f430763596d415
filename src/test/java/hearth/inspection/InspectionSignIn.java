package hearth.inspection;

import hearth.security.HearthUser;
import hearth.support.Fixtures;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Test helper: runs work as a signed-in user on this thread, then signs them out. */
final class InspectionSignIn {

    private InspectionSignIn() {
    }

    static <T> T as(Fixtures fx, String username, Supplier<T> work) {
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

    static void as(Fixtures fx, String username, Runnable work) {
        as(fx, username, () -> {
            work.run();
            return null;
        });
    }
}
