package hearth.returns.refdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a reference CSV file record by record without holding it all (the postcode directory has millions of rows):
 * commas, double-quoted fields with doubled quotes and line breaks inside quotes, CRLF or LF, a byte order mark. The
 * first record names the columns; a column is found by any of its accepted names, ignoring case and spaces.
 */
final class ReferenceCsv {

    private final BufferedReader in;
    private final String file;
    private final Map<String, Integer> columns = new HashMap<>();
    private int line;
    private int recordLine;

    ReferenceCsv(BufferedReader in, String file) throws IOException {
        this.in = in;
        this.file = file;
        List<String> header = next();
        if (header == null) {
            throw new BadReferenceFile(file + " is empty: the first line should name the columns.");
        }
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            columns.putIfAbsent(key(name), i);
        }
    }

    /** The column's index by the first of its names the file has, or -1. */
    int column(String... names) {
        for (String name : names) {
            Integer found = columns.get(key(name));
            if (found != null) {
                return found;
            }
        }
        return -1;
    }

    /** The column's index, or a clear refusal naming what the file should have. */
    int required(String what, String... names) {
        int found = column(names);
        if (found < 0) {
            throw new BadReferenceFile(file + " has no " + what + " column (looked for " + String.join(", ", names)
                    + ").");
        }
        return found;
    }

    /** The line the last record read started on. */
    int line() {
        return recordLine;
    }

    /** The next record's fields, or null at the end. */
    List<String> next() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        recordLine = line + 1;
        int ch;
        while ((ch = in.read()) != -1) {
            any = true;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int after = in.read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (after != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append((char) ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r') {
                continue;
            } else if (ch == '\n') {
                line++;
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) ch);
            }
        }
        if (quoted) {
            throw new BadReferenceFile(file + " line " + recordLine + ": a quoted field is never closed.");
        }
        if (!any) {
            return null;
        }
        line++;
        fields.add(field.toString());
        return fields;
    }

    static String value(List<String> fields, int column) {
        return column < 0 || column >= fields.size() ? "" : fields.get(column).trim();
    }

    static boolean blank(List<String> fields) {
        return fields.stream().allMatch(String::isBlank);
    }

    private static String key(String name) {
        return name.replace(" ", "").replace("_", "").trim().toLowerCase(Locale.ROOT);
    }

    /** A reference file that cannot be imported: the message says where and why. */
    static final class BadReferenceFile extends IllegalArgumentException {

        BadReferenceFile(String message) {
            super(message);
        }
    }
}
