package hearth.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a test that changes data in its own way at a database of its own: an H2 database in memory, or a schema of
 * its own on the PostgreSQL the suite runs on. Never the shared demo's database.
 */
public final class OwnDatabase {

    private OwnDatabase() {
    }

    public static void use(DynamicPropertyRegistry registry, String schema) {
        if ("postgres".equals(System.getProperty("hearth.test.db"))) {
            String url = System.getenv().getOrDefault("HEARTH_TEST_PG_URL",
                    "jdbc:postgresql://127.0.0.1:5432/hearth_test");
            registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema="
                    + schema);
            registry.add("spring.flyway.schemas", () -> schema);
            registry.add("spring.jpa.properties.hibernate.default_schema", () -> schema);
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + schema + ";MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        // the shared clean-once flag is for the shared database
        registry.add("hearth.test.clean-database", () -> "false");
    }
}
