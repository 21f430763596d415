package hearth.returns.ssda903rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;

/**
 * One row of an SSDA903 table, with its values read by DfE column name: as text (trimmed, blank when absent), as a
 * DD/MM/YYYY date, or as a whole number. A value that is present but not a real date reads as null and
 * {@link #badDate(String)}.
 */
public final class SsdaRow {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final String table;
    private final int line;
    private final Map<String, String> values;

    public SsdaRow(String table, int line, Map<String, String> values) {
        this.table = table;
        this.line = line;
        this.values = Map.copyOf(values);
    }

    public String table() {
        return table;
    }

    /** The line of the file the row was read from (1 is the header row). */
    public int line() {
        return line;
    }

    /** The LA child ID (CHILD). */
    public String child() {
        return text("CHILD");
    }

    public String text(String column) {
        String v = values.get(column);
        return v == null ? "" : v.trim();
    }

    public boolean blank(String column) {
        return text(column).isEmpty();
    }

    public boolean has(String column) {
        return !blank(column);
    }

    public LocalDate date(String column) {
        return parse(text(column));
    }

    /** Filled in but not a DD/MM/YYYY date. */
    public boolean badDate(String column) {
        return has(column) && date(column) == null;
    }

    public Integer number(String column) {
        try {
            return Integer.valueOf(text(column));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean is(String column, String... codes) {
        String v = text(column);
        for (String c : codes) {
            if (c.equals(v)) {
                return true;
            }
        }
        return false;
    }

    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim(), DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return table + ":" + line + values;
    }
}
