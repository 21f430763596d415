package hearth.platform.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A command the jar runs instead of serving: {@code java -jar hearth.jar <name> [options]}.
 * Each context contributes its own commands as beans.
 */
public interface HearthCommand {

    String name();

    /** One line for {@code help}. */
    String summary();

    /** Usage lines shown by {@code help <name>} and on bad options. */
    String usage();

    /**
     * Runs the command. Returns the process exit code: 0 for success, 1 when the command found
     * errors (validation), 2 for bad usage.
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
