package hearth.returns.refdata;

import hearth.platform.cli.HearthCommand;
import hearth.platform.cli.UsageException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code import ofsted-providers FILE.csv} and {@code import postcodes FILE.csv}: loads a reference list the SSDA903
 * rules read, replacing the one held. A bad file loads nothing (exit code 1, the message names the line); 2 for bad
 * usage or a file that cannot be read.
 */
@Component
class ImportCommand implements HearthCommand {

    private final ReferenceImport imports;
    private final ReferenceLists lists;

    ImportCommand(ReferenceImport imports, ReferenceLists lists) {
        this.imports = imports;
        this.lists = lists;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "Load a reference list for the SSDA903 checks: Ofsted's providers or the ONS postcode directory";
    }

    @Override
    public String usage() {
        return "import ofsted-providers FILE.csv   (Ofsted's children's social care providers list as CSV)\n"
                + "import postcodes FILE.csv          (the ONS postcode directory, ONSPD or NSPL, as CSV)\n"
                + "Each import replaces the list held; see the returns README for the columns.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 2) {
            throw new UsageException("Name the list (ofsted-providers or postcodes) and the CSV file to load.");
        }
        String list = args.get(0);
        if (!list.equals("ofsted-providers") && !list.equals("postcodes")) {
            throw new UsageException("Unknown list '" + list + "': use ofsted-providers or postcodes.");
        }
        Path file = Path.of(args.get(1));
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("Cannot read " + file + ".");
            return 2;
        }
        try {
            if (list.equals("ofsted-providers")) {
                int count = imports.providers(file);
                out.println("Loaded " + count + " Ofsted providers from " + file.getFileName()
                        + " (the list held before is replaced).");
            } else {
                int count = imports.postcodes(file);
                out.println("Loaded " + count + " postcodes from " + file.getFileName()
                        + " (the directory held before is replaced).");
            }
            return 0;
        } catch (ReferenceCsv.BadReferenceFile e) {
            err.println(e.getMessage());
            err.println("Nothing was loaded; the " + (list.equals("postcodes") ? "postcode directory" : "provider list")
                    + " held is unchanged (" + lists.count(list.equals("postcodes") ? "ons_postcode" : "ofsted_provider")
                    + " rows).");
            return 1;
        } catch (java.nio.charset.CharacterCodingException e) {
            err.println(file + " is not UTF-8 text: save it as \"CSV UTF-8\" and import it again. Nothing was"
                    + " loaded.");
            return 1;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return 2;
        }
    }
}
