package hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.platform.config.ModeGuard;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ModeGuardTest {

    @Test
    void demoModeStartsOnTheEmbeddedDatabase() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/hearth");
        assertThat(ModeGuard.problems(env)).isEmpty();
    }

    @Test
    void productionRefusesTheEmbeddedDatabaseAndMissingCredentials() {
        MockEnvironment env = new MockEnvironment().withProperty("hearth.mode", "production")
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/hearth");
        assertThat(ModeGuard.problems(env)).anyMatch(p -> p.contains("jdbc:postgresql"))
                .anyMatch(p -> p.contains("SPRING_DATASOURCE_USERNAME"))
                .anyMatch(p -> p.contains("SPRING_DATASOURCE_PASSWORD"));
    }

    @Test
    void productionRefusesADefaultPassword() {
        MockEnvironment env = production().withProperty("spring.datasource.password", "changeme");
        assertThat(ModeGuard.problems(env)).singleElement().asString().contains("real secret");
    }

    @Test
    void productionRefusesADefaultIdentityProviderSecret() {
        MockEnvironment env = production()
                .withProperty("spring.security.oauth2.client.registration.council.client-secret", "secret");
        assertThat(ModeGuard.problems(env)).singleElement().asString().contains("OpenID Connect");
    }

    @Test
    void productionStartsOnPostgresqlWithRealCredentials() {
        assertThat(ModeGuard.problems(production())).isEmpty();
    }

    private static MockEnvironment production() {
        return new MockEnvironment().withProperty("hearth.mode", "production")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.council.internal:5432/hearth")
                .withProperty("spring.datasource.username", "hearth")
                .withProperty("spring.datasource.password", "7f3c9a1e-long-random");
    }
}
