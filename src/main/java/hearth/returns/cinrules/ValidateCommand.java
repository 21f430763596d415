package hearth.returns.cinrules;

import hearth.platform.cli.HearthCommand;
import hearth.platform.cli.UsageException;
import hearth.returns.ReturnRuns;
import hearth.returns.ReturnValidation;
import hearth.returns.ReturnValidation.Finding;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * {@code validate <return> <file>}: runs the DfE rules for a return (found by its {@link ReturnValidation#name()})
 * over an exported file and prints each finding. Exit code 1 when there are errors, 0 when only queries or nothing,
 * 2 for bad usage or a file that cannot be read.
 */
@Component
class ValidateCommand implements HearthCommand {

    private final Map<String, ReturnValidation> validations = new TreeMap<>();
    private final ReturnRuns runs;

    ValidateCommand(List<ReturnValidation> validations, ReturnRuns runs) {
        validations.forEach(v -> this.validations.put(v.name(), v));
        this.runs = runs;
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "Check a return file against the DfE validation rules";
    }

    @Override
    public String usage() {
        return "validate <" + String.join("|", validations.keySet()) + "> <file or folder> [--year YYYY]"
                + " [--as-of YYYY-MM-DD] [--last FOLDER] (--as-of and --last for ssda903)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() < 2) {
            throw new UsageException("Name the return and the file to check.");
        }
        ReturnValidation validation = validations.get(args.get(0));
        if (validation == null) {
            throw new UsageException("Unknown return '" + args.get(0) + "'.");
        }
        Path file = Path.of(args.get(1));
        if (!Files.isReadable(file)) {
            err.println("Cannot read " + file + ".");
            return 2;
        }
        List<Finding> findings;
        try {
            findings = validation.validate(file, args.subList(2, args.size()));
            runs.validated(validation.name(), null, List.of(file), findings, ReturnRuns.Via.COMMAND,
                    "command line (" + System.getProperty("user.name", "unknown") + ")");
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        for (Finding f : findings) {
            out.printf("%s\t%s\t%s\t%s\t%s%n", f.child() == null ? "-" : f.child(), f.rule(),
                    f.error() ? "error" : "query", f.message(), String.join(", ", f.fields()));
        }
        validation.notes(args.subList(2, args.size())).forEach(out::println);
        long errors = findings.stream().filter(Finding::error).count();
        out.printf("%d errors, %d queries.%n", errors, findings.size() - errors);
        return errors > 0 ? 1 : 0;
    }
}
