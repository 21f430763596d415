package hearth.timescales;

import hearth.platform.cli.HearthCommand;
import hearth.platform.cli.Options;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code recompute-timescales}: works out every open obligation again from scratch (due dates from its start,
 * deadline and today's calendar, then its state by the clock), e.g. after a council closure day is added.
 */
@Component
class RecomputeCommand implements HearthCommand {

    private final Obligations obligations;

    RecomputeCommand(Obligations obligations) {
        this.obligations = obligations;
    }

    @Override
    public String name() {
        return "recompute-timescales";
    }

    @Override
    public String summary() {
        return "Work out every open obligation's due date and state again from scratch";
    }

    @Override
    public String usage() {
        return "recompute-timescales";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options.parse(args, Set.of(), Set.of());
        long started = System.nanoTime();
        int changed = obligations.recomputeAll();
        out.printf("Recomputed every open obligation in %.1f s: %d changes.%n", (System.nanoTime() - started) / 1e9,
                changed);
        return 0;
    }
}
