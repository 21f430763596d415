package hearth.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user behind the current request or command, if any. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<HearthUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HearthUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static HearthUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    /** The username for history and audit: the signed-in user, else "system". */
    public static String username() {
        return get().map(HearthUser::getUsername).orElse("system");
    }
}
