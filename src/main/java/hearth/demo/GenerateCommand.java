package hearth.demo;

import hearth.platform.cli.HearthCommand;
import hearth.platform.cli.Options;
import hearth.platform.cli.UsageException;
import hearth.platform.config.HearthMode;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code generate}: fills the configured database with a synthetic authority. Refused in production.
 * The scales follow shared/reference/volumes.md (children with records over the years asked for).
 */
@Component
class GenerateCommand implements HearthCommand {

    private final DemoData demo;
    private final Environment environment;

    GenerateCommand(DemoData demo, Environment environment) {
        this.demo = demo;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "Fill the database with synthetic children and families (never in production)";
    }

    @Override
    public String usage() {
        return "generate [--scale demo|reading|large|england] [--years N] [--seed S] [--children N]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (HearthMode.of(environment).isProduction()) {
            err.println("generate is refused in production mode: it would put invented children into a live system.");
            return 2;
        }
        Options options = Options.parse(args, Set.of("scale", "years", "seed", "children"), Set.of());
        int years = options.intValue("years", 3, 1, 25);
        long seed = options.intValue("seed", 20261122, 0, Integer.MAX_VALUE);
        int perYear = switch (options.get("scale", "demo")) {
            case "demo" -> 100;
            case "reading" -> 1_600;
            case "large" -> 12_000;
            case "england" -> 500_000;
            default -> throw new UsageException("--scale must be demo, reading, large or england.");
        };
        int children = options.intValue("children", perYear * years, 1, 50_000_000);
        out.println("Generating " + children + " children (seed " + seed + ")...");
        long started = System.nanoTime();
        int made = demo.generate(children, seed, out::println);
        out.printf("Generated %d children in %.1f s.%n", made, (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
