package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Small in-memory SSDA903 returns for rule tests, collection year 2025-26. Each row is written
 * {@code "table: COLUMN=value COLUMN=value"}; columns left out are blank. A row written {@code "last table: ..."} is
 * last year's (2024-25) return; {@code "last"} alone gives last year's return with nothing in it.
 */
final class SsdaCases {

    static final int YEAR = 2026;

    private SsdaCases() {
    }

    static SsdaTables tables(String... rows) {
        List<String> now = new ArrayList<>();
        List<String> last = new ArrayList<>();
        boolean lastGiven = false;
        for (String row : rows) {
            if (row.equals("last")) {
                lastGiven = true;
            } else if (row.startsWith("last ")) {
                lastGiven = true;
                last.add(row.substring("last ".length()));
            } else {
                now.add(row);
            }
        }
        SsdaTables tables = new SsdaTables(YEAR, read(now));
        return lastGiven ? tables.withLast(new SsdaTables(YEAR - 1, read(last))) : tables;
    }

    private static Map<SsdaTableName, List<SsdaRow>> read(List<String> rows) {
        Map<SsdaTableName, List<SsdaRow>> tables = new EnumMap<>(SsdaTableName.class);
        int line = 2;
        for (String row : rows) {
            int colon = row.indexOf(':');
            SsdaTableName table = SsdaTableName.valueOf(row.substring(0, colon).trim().toUpperCase());
            Map<String, String> values = new LinkedHashMap<>();
            table.columns().forEach(c -> values.put(c, ""));
            for (String pair : row.substring(colon + 1).trim().split("\\s+")) {
                if (pair.isEmpty()) {
                    continue;
                }
                String[] kv = pair.split("=", 2);
                if (!values.containsKey(kv[0])) {
                    throw new IllegalArgumentException("No column " + kv[0] + " in " + table);
                }
                values.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
            tables.computeIfAbsent(table, k -> new ArrayList<>()).add(new SsdaRow(table.stem(), line++, values));
        }
        return tables;
    }

    /** A rule case: the rows that break it and rows, as alike as can be, that do not. */
    static Arguments rule(String code, List<String> failing, List<String> passing) {
        return Arguments.of(code, failing, passing);
    }

    static List<String> rows(String... rows) {
        return List.of(rows);
    }

    static List<Finding> check(String code, List<String> rows) {
        SsdaRule rule = SsdaRuleSet.LAC2025_26.rule(code);
        if (rule == null) {
            throw new IllegalArgumentException("No rule " + code + " in lac2025_26");
        }
        return rule.check(tables(rows.toArray(String[]::new)));
    }
}
