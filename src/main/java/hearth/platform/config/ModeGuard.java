package hearth.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Refuses to start production mode on anything less than its own PostgreSQL database and secrets.
 * Demo mode runs anywhere but says so on every page.
 */
public final class ModeGuard {

    private static final Set<String> DEFAULT_SECRETS = Set.of("", "demo", "password", "changeme", "secret", "postgres", "sa");

    private ModeGuard() {
    }

    public static ApplicationListener<ApplicationEnvironmentPreparedEvent> listener() {
        return event -> {
            List<String> problems = problems(event.getEnvironment());
            if (!problems.isEmpty()) {
                System.err.println("Hearth will not start in production mode: " + String.join("; ", problems));
                System.exit(3);
            }
        };
    }

    /** What stops this environment from starting; empty when it may start. */
    public static List<String> problems(Environment env) {
        List<String> problems = new ArrayList<>();
        if (!HearthMode.of(env).isProduction()) {
            return problems;
        }
        String url = env.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql://")) {
            problems.add("set SPRING_DATASOURCE_URL to a jdbc:postgresql:// URL (the embedded demo database is refused)");
        }
        if (env.getProperty("spring.datasource.username", "").isBlank()) {
            problems.add("set SPRING_DATASOURCE_USERNAME");
        }
        String password = env.getProperty("spring.datasource.password", "");
        if (DEFAULT_SECRETS.contains(password.toLowerCase(Locale.ROOT))) {
            problems.add("set SPRING_DATASOURCE_PASSWORD to a real secret, not a default");
        }
        String oidcSecret = env.getProperty("spring.security.oauth2.client.registration.council.client-secret");
        if (oidcSecret != null && DEFAULT_SECRETS.contains(oidcSecret.toLowerCase(Locale.ROOT))) {
            problems.add("set the OpenID Connect client secret to a real secret, not a default");
        }
        return problems;
    }
}
