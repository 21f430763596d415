package hearth.returns.annexa;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Ofsted's Annex A schema as published by liiatools ({@code Annex_A_schema.yml}, not written by this project): each
 * list's columns in order, and for a coded column the codes it accepts. YAML's yes/no words are read as the
 * strings {@code Yes}/{@code No} (the schema's codes), not booleans.
 */
final class AnnexASchema {

    private final Map<String, Map<String, Object>> lists;

    private AnnexASchema(Map<String, Map<String, Object>> lists) {
        this.lists = lists;
    }

    @SuppressWarnings("unchecked")
    static AnnexASchema load() throws Exception {
        try (InputStream in = AnnexASchema.class.getResourceAsStream("/schemas/Annex_A_schema.yml")) {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(1000); // the schema reuses each list's shared columns by alias
            Map<String, Object> root = (Map<String, Object>) new Yaml(new SafeConstructor(options)).load(in);
            return new AnnexASchema((Map<String, Map<String, Object>>) root.get("column_map"));
        }
    }

    /** The sheet name of each list, {@code list_1} being {@code List 1}, in order. */
    List<String> sheets() {
        return lists.keySet().stream().map(k -> "List " + k.substring("list_".length())).toList();
    }

    List<String> columns(String sheet) {
        return new ArrayList<>(list(sheet).keySet());
    }

    private Map<String, Object> list(String sheet) {
        return lists.get("list_" + sheet.substring("List ".length()));
    }

    /** The codes a coded column accepts; empty for a date, number or free-text column. */
    @SuppressWarnings("unchecked")
    Optional<List<String>> codes(String sheet, String column) {
        Map<String, Object> spec = (Map<String, Object>) list(sheet).get(column);
        Object category = spec.get("category");
        if (category == null) {
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>();
        for (Map<String, Object> c : (List<Map<String, Object>>) category) {
            Object code = c.get("code");
            codes.add(code instanceof Boolean b ? (b ? "Yes" : "No") : String.valueOf(code));
        }
        return Optional.of(codes);
    }

    /** Whether the column may be blank (the schema's {@code canbeblank}, true when it says nothing). */
    @SuppressWarnings("unchecked")
    boolean canBeBlank(String sheet, String column) {
        Object blank = ((Map<String, Object>) list(sheet).get(column)).get("canbeblank");
        return blank == null || Boolean.TRUE.equals(blank);
    }

    /** Every value in the workbook's sheets that is not one of its column's codes, as readable lines. */
    List<String> badCodes(Map<String, List<List<String>>> workbook) {
        List<String> problems = new ArrayList<>();
        for (String sheet : sheets()) {
            for (Map<String, String> row : AnnexAWorkbook.records(workbook.get(sheet))) {
                row.forEach((column, value) -> {
                    if (!value.isEmpty() && codes(sheet, column).filter(c -> !c.contains(value)).isPresent()) {
                        problems.add(sheet + " / " + column + ": '" + value + "'");
                    }
                });
            }
        }
        return problems;
    }

}
