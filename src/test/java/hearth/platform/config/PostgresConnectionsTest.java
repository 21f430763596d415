package hearth.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class PostgresConnectionsTest {

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }

    @Test
    void postgresConnectionsSendBatchedInsertsAsOneStatement() {
        HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:5432/hearth");
        new PostgresConnections(new MockEnvironment()).postProcessBeforeInitialization(pool, "dataSource");
        assertThat(pool.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
        assertThat(pool.getConnectionInitSql()).isNull();
    }

    @Test
    void aUrlThatAlreadyChoosesKeepsItsOwnSetting() {
        HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:5432/hearth?reWriteBatchedInserts=false");
        new PostgresConnections(new MockEnvironment()).postProcessBeforeInitialization(pool, "dataSource");
        assertThat(pool.getDataSourceProperties()).doesNotContainKey("reWriteBatchedInserts");
    }

    @Test
    void onlyGeneratingRelaxesCommits() {
        HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:5432/hearth");
        MockEnvironment generating = new MockEnvironment().withProperty(PostgresConnections.SYNCHRONOUS_COMMIT, "off");
        new PostgresConnections(generating).postProcessBeforeInitialization(pool, "dataSource");
        assertThat(pool.getConnectionInitSql()).isEqualTo("SET synchronous_commit TO off");
    }

    @Test
    void h2IsLeftAsConfigured() {
        HikariDataSource pool = pool("jdbc:h2:mem:hearth");
        MockEnvironment generating = new MockEnvironment().withProperty(PostgresConnections.SYNCHRONOUS_COMMIT, "off");
        new PostgresConnections(generating).postProcessBeforeInitialization(pool, "dataSource");
        assertThat(pool.getDataSourceProperties()).isEmpty();
        assertThat(pool.getConnectionInitSql()).isNull();
    }
}
