package hearth.returns.ssda903rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a folder of SSDA903 CSV tables (DfE column names, DD/MM/YYYY dates) into {@link SsdaTables}. A file is matched
 * to its table by name ({@code episodes.csv}) or by its header row; a table with no file is empty. A file that cannot
 * be read as the table (an unknown header row, a missing column, a row with the wrong number of fields, an unclosed
 * quote) is refused with a message saying which file and line.
 */
final class SsdaReader {

    /** The folder or one of its files cannot be read as an SSDA903 return. */
    static final class UnreadableReturn extends Exception {
        UnreadableReturn(String message) {
            super(message);
        }
    }

    /** Reads every CSV in the folder; {@code year} null means work it out from the dates (see {@link #yearOf}). */
    SsdaTables read(Path folder, Integer year) throws IOException, UnreadableReturn {
        return read(folder, year, null);
    }

    /** As {@link #read(Path, Integer)}, for an in-year extract taken on {@code asOf} (null for a whole year). */
    SsdaTables read(Path folder, Integer year, LocalDate asOf) throws IOException, UnreadableReturn {
        if (!Files.isDirectory(folder)) {
            throw new UnreadableReturn(folder + " is not a folder: the SSDA903 return is a folder of CSV tables.");
        }
        Map<SsdaTableName, List<SsdaRow>> tables = new EnumMap<>(SsdaTableName.class);
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".csv")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            List<List<String>> lines = parse(name, Files.readString(file, StandardCharsets.UTF_8));
            if (lines.isEmpty()) {
                continue;
            }
            List<String> columns = lines.get(0).stream().map(c -> c.replace("\uFEFF", "").trim()).toList();
            SsdaTableName table = SsdaTableName.byFileName(name);
            if (table == null) {
                table = SsdaTableName.byColumns(columns);
            }
            if (table == null) {
                throw new UnreadableReturn(name + ": the header row (" + String.join(",", columns)
                        + ") is not one of the SSDA903 tables.");
            }
            for (String required : table.columns()) {
                if (!columns.contains(required)) {
                    throw new UnreadableReturn(name + ": the " + table.stem() + " table needs a " + required
                            + " column.");
                }
            }
            if (tables.containsKey(table)) {
                throw new UnreadableReturn(name + ": a second file for the " + table.stem() + " table.");
            }
            tables.put(table, rows(name, table, columns, lines));
        }
        Integer collectionYear = year == null ? yearOf(tables) : year;
        if (collectionYear == null) {
            throw new UnreadableReturn("The return records no dates to tell its collection year from: give --year"
                    + " YYYY (the year it ends on 31 March).");
        }
        return new SsdaTables(collectionYear, asOf, tables);
    }

    private static List<SsdaRow> rows(String name, SsdaTableName table, List<String> columns, List<List<String>> lines)
            throws UnreadableReturn {
        List<SsdaRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> fields = lines.get(i);
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            if (fields.size() != columns.size()) {
                throw new UnreadableReturn(name + " line " + (i + 1) + ": " + fields.size() + " fields for "
                        + columns.size() + " columns.");
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                values.put(columns.get(c), fields.get(c));
            }
            rows.add(new SsdaRow(table.stem(), i + 1, values));
        }
        return rows;
    }

    /** Splits CSV text into lines of fields: commas, double-quoted fields with doubled quotes, CRLF or LF. */
    static List<List<String>> parse(String name, String text) throws UnreadableReturn {
        List<List<String>> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                quoteLine = line;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r') {
                continue;
            } else if (ch == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                lines.add(fields);
                fields = new ArrayList<>();
                line++;
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new UnreadableReturn(name + " line " + quoteLine + ": a quoted field is never closed.");
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            lines.add(fields);
        }
        return lines;
    }

    /**
     * The collection year when not given: the year ending on the first 31 March on or after the latest day the
     * return records in the year (episode starts and ends, reviews, missing periods, social worker episodes).
     */
    static Integer yearOf(Map<SsdaTableName, List<SsdaRow>> tables) {
        LocalDate latest = null;
        Map<SsdaTableName, List<String>> dated = Map.of(SsdaTableName.EPISODES, List.of("DECOM", "DEC"),
                SsdaTableName.REVIEWS, List.of("REVIEW"), SsdaTableName.MISSING, List.of("MIS_START", "MIS_END"),
                SsdaTableName.SOCIAL_WORKER, List.of("SW_DECOM", "SW_DEC"));
        for (Map.Entry<SsdaTableName, List<String>> e : dated.entrySet()) {
            for (SsdaRow r : tables.getOrDefault(e.getKey(), List.of())) {
                for (String column : e.getValue()) {
                    LocalDate d = r.date(column);
                    if (d != null && (latest == null || d.isAfter(latest))) {
                        latest = d;
                    }
                }
            }
        }
        if (latest == null) {
            return null;
        }
        return latest.getMonthValue() <= 3 ? latest.getYear() : latest.getYear() + 1;
    }
}
