package hearth.returns.cli;

import hearth.platform.cli.HearthCommand;
import hearth.returns.ReturnExport;
import hearth.returns.ReturnRuns;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * {@code export <return> [options] --out FILE}: produces one statutory return (CIN census, SSDA903, Annex A) from
 * what workers recorded, printing progress. With no return, or one Hearth does not know, lists those it does.
 */
@Component
class ExportCommand implements HearthCommand {

    private final Map<String, ReturnExport> exports = new TreeMap<>();
    private final ReturnRuns runs;

    ExportCommand(List<ReturnExport> exports, ReturnRuns runs) {
        exports.forEach(e -> this.exports.put(e.name(), e));
        this.runs = runs;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "Produce a statutory return, e.g. export cin-census --year 2026 --out cin.xml";
    }

    @Override
    public String usage() {
        StringBuilder usage = new StringBuilder("Usage: export <return> [options] --out FILE\nReturns:");
        exports.values().stream().sorted(Comparator.comparing(ReturnExport::name)).forEach(e -> usage
                .append(String.format("%n  %-12s %s%n  %-12s %s", e.name(), e.summary(), "", e.usage())));
        return usage.toString();
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).startsWith("-")) {
            err.println("Say which return to export.");
            err.println(usage());
            return 2;
        }
        ReturnExport export = exports.get(args.get(0));
        if (export == null) {
            err.println("Hearth has no return called '" + args.get(0) + "'.");
            err.println(usage());
            return 2;
        }
        List<String> options = new ArrayList<>();
        Path target = null;
        List<String> rest = args.subList(1, args.size());
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.equals("--out")) {
                if (i + 1 >= rest.size()) {
                    err.println("--out needs a file to write to.");
                    return 2;
                }
                target = Path.of(rest.get(++i));
            } else if (arg.startsWith("--out=")) {
                target = Path.of(arg.substring("--out=".length()));
            } else {
                options.add(arg);
            }
        }
        if (target == null) {
            err.println("Say where to write the return: --out FILE.");
            err.println("Usage: export " + export.name() + " " + export.usage() + " --out FILE");
            return 2;
        }
        try {
            ReturnExport.Written written = export.write(options, target, out::println);
            runs.exported(export.name(), String.join(" ", options), written.files(), written.children(), null,
                    ReturnRuns.Via.COMMAND, commandUser());
            out.println("Done: " + written.children() + " children in " + written.files().size() + " file(s).");
            return 0;
        } catch (IllegalArgumentException e) {
            runs.exported(export.name(), String.join(" ", options), List.of(target), null, e.getMessage(),
                    ReturnRuns.Via.COMMAND, commandUser());
            err.println(e.getMessage());
            err.println("Usage: export " + export.name() + " " + export.usage() + " --out FILE");
            return 2;
        } catch (IOException e) {
            runs.exported(export.name(), String.join(" ", options), List.of(target), null, e.getMessage(),
                    ReturnRuns.Via.COMMAND, commandUser());
            err.println("Could not write " + target + ": " + e.getMessage());
            return 1;
        }
    }

    /** The command line has no signed-in user: the operating system account that ran it. */
    static String commandUser() {
        return "command line (" + System.getProperty("user.name", "unknown") + ")";
    }
}
