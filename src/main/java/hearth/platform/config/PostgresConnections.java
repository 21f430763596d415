package hearth.platform.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * Connection settings Hearth wants on PostgreSQL and that H2 would refuse, so they are added here rather than in
 * application.properties:
 * <ul>
 * <li>{@code reWriteBatchedInserts}: a JDBC batch of inserts (the change history writes one row per changed field)
 * goes to the server as one multi-row insert instead of one statement a row.</li>
 * <li>{@code hearth.datasource.synchronous-commit=off} (set by the {@code generate} command only): commits do not
 * wait for the write-ahead log to reach the disk. A crash can lose the last moments of generated synthetic data,
 * never corrupt the database; recorded casework always runs with PostgreSQL's default.</li>
 * </ul>
 */
class PostgresConnections implements BeanPostProcessor {

    static final String SYNCHRONOUS_COMMIT = "hearth.datasource.synchronous-commit";

    private final Environment environment;

    PostgresConnections(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && isPostgres(hikari.getJdbcUrl())) {
            if (!hikari.getJdbcUrl().toLowerCase(java.util.Locale.ROOT).contains("rewritebatchedinserts")) {
                hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
            }
            if ("off".equals(environment.getProperty(SYNCHRONOUS_COMMIT)) && hikari.getConnectionInitSql() == null) {
                hikari.setConnectionInitSql("SET synchronous_commit TO off");
            }
        }
        return bean;
    }

    static boolean isPostgres(String url) {
        return url != null && url.startsWith("jdbc:postgresql:");
    }
}
