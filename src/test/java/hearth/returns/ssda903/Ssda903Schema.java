package hearth.returns.ssda903;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/**
 * The SSDA903 schema as published by liiatools (not written by this project): the 2017 tables with each year's diff
 * applied up to the year asked for. Answers a table's columns and whether a value fits a column's type, code list
 * and blank rule.
 */
final class Ssda903Schema {

    private static final int[] DIFFS = {2019, 2022, 2024, 2025, 2026};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final Map<String, Object> tables;

    private Ssda903Schema(Map<String, Object> tables) {
        this.tables = tables;
    }

    @SuppressWarnings("unchecked")
    static Ssda903Schema upTo(int year) throws IOException {
        Map<String, Object> root = load("SSDA903_schema_2017.yml");
        for (int diffYear : DIFFS) {
            if (diffYear > year) {
                break;
            }
            Map<String, Object> diff = load("SSDA903_schema_" + diffYear + ".diff.yml");
            for (Map.Entry<String, Object> change : diff.entrySet()) {
                String[] path = change.getKey().split("\\.");
                Map<String, Object> node = root;
                for (int i = 0; i < path.length - 1; i++) {
                    node = (Map<String, Object>) node.computeIfAbsent(path[i], k -> new LinkedHashMap<>());
                }
                node.put(path[path.length - 1], ((Map<String, Object>) change.getValue()).get("value"));
            }
        }
        return new Ssda903Schema((Map<String, Object>) root.get("column_map"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String name) throws IOException {
        try (InputStream in = Ssda903Schema.class.getResourceAsStream("/schemas/" + name)) {
            if (in == null) {
                throw new IOException("No schema " + name);
            }
            return (Map<String, Object>) new Yaml().load(in);
        }
    }

    List<String> tableNames() {
        return new ArrayList<>(tables.keySet());
    }

    @SuppressWarnings("unchecked")
    List<String> columns(String table) {
        return new ArrayList<>(((Map<String, Object>) tables.get(table)).keySet());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> column(String table, String column) {
        return (Map<String, Object>) ((Map<String, Object>) tables.get(table)).get(column);
    }

    /** The column's code list, if it is a category. */
    @SuppressWarnings("unchecked")
    Optional<List<String>> codes(String table, String column) {
        Object category = column(table, column).get("category");
        if (category == null) {
            return Optional.empty();
        }
        return Optional.of(((List<Map<String, Object>>) category).stream().map(c -> String.valueOf(c.get("code")))
                .toList());
    }

    boolean canBeBlank(String table, String column) {
        Object blank = column(table, column).get("canbeblank");
        return Boolean.TRUE.equals(blank) || "yes".equals(blank);
    }

    /** Why the value does not fit the column, or empty if it does. */
    @SuppressWarnings("unchecked")
    Optional<String> problem(String table, String column, String value) {
        Map<String, Object> spec = column(table, column);
        if (value == null || value.isEmpty()) {
            return canBeBlank(table, column) ? Optional.empty() : Optional.of("blank but required");
        }
        if (spec.containsKey("category")) {
            List<String> codes = codes(table, column).orElseThrow();
            return codes.contains(value) ? Optional.empty() : Optional.of(value + " not in " + codes);
        }
        if (spec.containsKey("date")) {
            try {
                LocalDate.parse(value, DATE);
                return Optional.empty();
            } catch (DateTimeParseException e) {
                return Optional.of(value + " is not DD/MM/YYYY");
            }
        }
        if (spec.containsKey("numeric")) {
            Map<String, Object> numeric = (Map<String, Object>) spec.get("numeric");
            if (!value.matches("-?\\d+")) {
                return Optional.of(value + " is not an integer");
            }
            int n = Integer.parseInt(value);
            Object min = numeric.get("min_value");
            Object max = numeric.get("max_value");
            boolean ok = (min == null || n >= ((Number) min).intValue()) && (max == null || n <= ((Number) max).intValue());
            return ok ? Optional.empty() : Optional.of(value + " out of range");
        }
        String kind = String.valueOf(spec.get("string"));
        if (kind.equals("alphanumeric") && !value.matches("[A-Za-z0-9]+")) {
            return Optional.of(value + " is not alphanumeric");
        }
        if (kind.equals("postcode") && !value.matches("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}")) {
            return Optional.of(value + " is not a postcode");
        }
        return Optional.empty();
    }
}
