package hearth.returns;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * One return Hearth can produce ({@code cin-census}, {@code ssda903}, {@code annex-a}). The {@code export} command
 * and the returns page find every implementation by its {@link #name()}.
 */
public interface ReturnExport {

    /** The name used on the command line and in the page's address, e.g. {@code cin-census}. */
    String name();

    /** One line saying what the return is, for help and the page. */
    String summary();

    /** The options this return takes besides {@code --out}, e.g. {@code --year 2026}, for help. */
    String usage();

    /**
     * Writes the return for the period the options name to {@code out} (a file or a folder, as the return needs),
     * reporting progress in plain lines. Bad options throw {@link IllegalArgumentException} with a clear message.
     */
    Written write(List<String> options, Path out, Consumer<String> progress) throws IOException;

    /**
     * The extension of the single file the return writes, {@code xml} unless the return says otherwise (Annex A
     * writes {@code xlsx}). A return written as a folder is downloaded from the returns page as a zip.
     */
    default String fileType() {
        return "xml";
    }

    /** What was written: the files and how many children they cover. */
    record Written(List<Path> files, int children) {
    }
}
