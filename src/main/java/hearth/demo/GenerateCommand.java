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
        return "generate [--scale demo|reading|large|england] [--years N] [--seed S] [--children N] [--referrals N]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (HearthMode.of(environment).isProduction()) {
            err.println("generate is refused in production mode: it would put invented children into a live system.");
            return 2;
        }
        Options options = Options.parse(args, Set.of("scale", "years", "seed", "children", "referrals"), Set.of());
        String scale = options.get("scale", "demo");
        int years = options.intValue("years", 3, 0, 25);
        long seed = options.intValue("seed", 20261122, 0, Integer.MAX_VALUE);
        int[] defaults = switch (scale) {
            case "demo" -> new int[] {150, 150};
            case "reading" -> new int[] {800, 2_000};
            case "large" -> new int[] {6_000, 15_000};
            case "england" -> new int[] {200_000, 633_000};
            default -> throw new UsageException("--scale must be demo, reading, large or england.");
        };
        int children = options.intValue("children", defaults[0], 0, 50_000_000);
        int referrals = options.intValue("referrals", defaults[1], 0, 5_000_000);
        out.println("Generating " + scale + ": " + children + " children already known, then " + years
                + " years of journeys at " + referrals + " referrals a year (seed " + seed + ")...");
        long started = System.nanoTime();
        DemoData.Made made = demo.generate(new DemoData.Plan(children, years, referrals, seed), out::println);
        out.printf("Generated %d children, %d contacts, %d referrals (%d re-referrals) in %.1f s.%n", made.children(),
                made.contacts(), made.referrals(), made.reReferrals(), (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
