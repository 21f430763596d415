package hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same seed, generated as of the same moment into an empty database, gives the same rows in every table,
 * identifiers included; another seed gives other rows. Each run starts from an empty database of this test's own
 * (H2) or schema (PostgreSQL), cleaned and migrated again, never the shared demo's.
 */
@HearthTest
class GeneratorReproducibleTest {

    static final String SCHEMA = "generator_reproducible";
    static final Instant AS_OF = Instant.parse("2026-06-15T09:30:00Z");
    /** Flyway's own bookkeeping (when each migration ran and how long it took), not generated data. */
    static final String FLYWAY_HISTORY = "flyway_schema_history";
    /** Bcrypt salts each hash at random by design: the same password never hashes the same twice. */
    static final String PASSWORD_HASH = "password_hash";

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        hearth.support.OwnDatabase.use(registry, SCHEMA);
        registry.add("spring.flyway.clean-disabled", () -> "false");
        // no demo authority at start-up: each run below generates into an empty database
        registry.add("hearth.demo.seed", () -> "false");
    }

    @Autowired
    DemoData demo;
    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void theSameSeedGivesTheSameRowsInEveryTableAndAnotherSeedOthers() {
        List<String> progress = new ArrayList<>();
        Map<String, List<String>> first = generate(41, progress);
        Map<String, List<String>> again = generate(41, new ArrayList<>());
        Map<String, List<String>> other = generate(42, new ArrayList<>());

        assertThat(first.get("person")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(first.get("contact")).isNotEmpty();
        assertThat(differing(first, again)).as("tables that differ between two runs with seed 41").isEmpty();
        assertThat(first).isEqualTo(again);
        assertThat(differing(first, other)).as("tables that differ between seeds 41 and 42").containsKeys("person",
                "contact", "referral");
        assertThat(progress).anySatisfy(line -> assertThat(line).matches(
                "  \\d{4}-\\d{2}-\\d{2}: \\d+ contacts, \\d+ referrals, [0-9.]+ contacts/s, about .+ left"));
    }

    private Map<String, List<String>> generate(long seed, List<String> progress) {
        flyway.clean();
        flyway.migrate();
        clock.set(AS_OF);
        demo.generate(new DemoData.Plan(20, 1, 40, seed), progress::add);
        return dump();
    }

    /** Every table's rows, each as its columns' values, sorted. */
    private Map<String, List<String>> dump() {
        String schema = jdbc.queryForObject("select current_schema()", String.class);
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where lower(table_schema) = lower(?) and table_type in ('BASE TABLE', 'TABLE')", String.class,
                schema);
        Map<String, List<String>> dump = new TreeMap<>();
        for (String table : tables) {
            if (table.equalsIgnoreCase(FLYWAY_HISTORY)) {
                continue;
            }
            List<String> rows = jdbc.queryForList("select * from " + table).stream().map(GeneratorReproducibleTest::row)
                    .sorted().toList();
            dump.put(table.toLowerCase(java.util.Locale.ROOT), rows);
        }
        assertThat(dump).as("tables in schema " + schema).containsKeys("person", "contact", "referral");
        return dump;
    }

    private static String row(Map<String, Object> columns) {
        return columns.entrySet().stream().map(c -> c.getKey().toLowerCase(java.util.Locale.ROOT) + "="
                + (c.getKey().equalsIgnoreCase(PASSWORD_HASH) && c.getValue() != null ? "(bcrypt)"
                        : value(c.getValue()))).collect(Collectors.joining(", "));
    }

    private static String value(Object value) {
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Object[] array) {
            return Arrays.deepToString(array);
        }
        if (value instanceof java.sql.Array array) {
            try {
                return Arrays.deepToString((Object[]) array.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.valueOf(value);
    }

    /** The tables whose rows differ, each with how many rows and a row found in only one of the two. */
    private static Map<String, String> differing(Map<String, List<String>> a, Map<String, List<String>> b) {
        Map<String, String> differ = new TreeMap<>();
        for (String table : new TreeSet<>(a.keySet())) {
            List<String> left = a.get(table);
            List<String> right = b.getOrDefault(table, List.of());
            if (!left.equals(right)) {
                Set<String> leftRows = new HashSet<>(left);
                Set<String> rightRows = new HashSet<>(right);
                String only = left.stream().filter(r -> !rightRows.contains(r)).findFirst()
                        .orElse(right.stream().filter(r -> !leftRows.contains(r)).findFirst().orElse("(none)"));
                differ.put(table, left.size() + " vs " + right.size() + " rows, e.g. " + only);
            }
        }
        return differ;
    }
}
