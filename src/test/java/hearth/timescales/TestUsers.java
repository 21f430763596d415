package hearth.timescales;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import hearth.security.HearthUser;
import hearth.security.Role;
import hearth.shared.Ids;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Principals for MockMvc requests, so the permission interceptor sees a HearthUser. */
public final class TestUsers {

    private TestUsers() {
    }

    public static RequestPostProcessor socialWorker() {
        return as(Role.SOCIAL_WORKER);
    }

    public static RequestPostProcessor administrator() {
        return as(Role.ADMINISTRATOR);
    }

    public static RequestPostProcessor as(Role role) {
        String name = role.name().toLowerCase(java.util.Locale.ROOT) + "-tester";
        return user(new HearthUser(Ids.next(), name, "Tester", role, null, false, true));
    }
}
