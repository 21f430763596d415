package hearth.returns;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The DfE validation rules for one return, run over an exported file or folder. The {@code validate} command finds
 * every implementation by its {@link #name()} (the same name as the {@link ReturnExport}).
 */
public interface ReturnValidation {

    String name();

    /** Every finding in the return at {@code in}; an unreadable file is one finding saying why. */
    List<Finding> validate(Path in) throws IOException;

    /**
     * The same with the options typed after the file (e.g. {@code --year 2026}); a return that takes none refuses
     * them with {@link IllegalArgumentException}, whose message is shown.
     */
    default List<Finding> validate(Path in, List<String> options) throws IOException {
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("The " + name() + " check takes no options: " + options);
        }
        return validate(in);
    }

    /**
     * Lines to print after the findings about rules this run leaves out (e.g. those needing last year's return or a
     * reference list not loaded); the options are those typed after the file.
     */
    default List<String> notes(List<String> options) {
        return List.of();
    }

    /**
     * One broken rule: the child (LA child ID, or null for the header), the DfE rule code (e.g. {@code 8869}, or
     * {@code 8825Q} for a query), whether it is an error or a query, the DfE's message, and the fields involved.
     */
    record Finding(String child, String rule, boolean error, String message, List<String> fields) {
    }
}
