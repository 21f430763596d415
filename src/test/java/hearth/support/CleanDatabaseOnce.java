package hearth.support;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** On PostgreSQL, the test run starts from an empty schema: cleaned once per JVM, then migrated. */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabaseOnce {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate(Environment environment) {
        return flyway -> {
            if (environment.getProperty("hearth.test.clean-database", Boolean.class, false) && CLEANED.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
