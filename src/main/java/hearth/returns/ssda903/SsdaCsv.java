package hearth.returns.ssda903;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes one SSDA903 table as CSV the way the DfE validator reads it: the header row of column names, then one line
 * per row, CRLF line ends, a field quoted (with doubled quotes) only when it holds a comma, quote or line break.
 */
final class SsdaCsv {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SsdaCsv() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static void write(Path file, List<String> columns, List<List<String>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            line(out, columns);
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalStateException("A " + file.getFileName() + " row has " + row.size()
                            + " fields for " + columns.size() + " columns");
                }
                line(out, row);
            }
        }
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
