package hearth.demo;

import hearth.people.People;
import hearth.platform.HearthClock;
import hearth.platform.cli.HearthCommand;
import hearth.platform.cli.Options;
import hearth.platform.cli.UsageException;
import hearth.platform.config.HearthMode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code generate}: fills the configured, empty database with a synthetic authority; the same seed, run as of
 * the same moment, gives the same data. Refused in production, and on a database that already holds children.
 * The scales follow shared/reference/volumes.md (children with records over the years asked for).
 */
@Component
class GenerateCommand implements HearthCommand {

    private final DemoData demo;
    private final DemoFaults faults;
    private final LongSupplier childrenAlready;
    private final HearthClock clock;
    private final Environment environment;

    @Autowired
    GenerateCommand(DemoData demo, DemoFaults faults, People people, HearthClock clock, Environment environment) {
        this(demo, faults, people::countChildren, clock, environment);
    }

    GenerateCommand(DemoData demo, DemoFaults faults, LongSupplier childrenAlready, HearthClock clock,
            Environment environment) {
        this.demo = demo;
        this.faults = faults;
        this.childrenAlready = childrenAlready;
        this.clock = clock;
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
        return "generate [--scale demo|reading|large|england] [--years N] [--seed S] [--as-of YYYY-MM-DD]"
                + " [--children N] [--referrals N] [--with-faults [--faults-out FILE]]  (into an empty database; the"
                + " same seed and --as-of date give the same data, which otherwise runs up to now; --with-faults"
                + " plants known data-quality faults for the returns' validation to find and lists them; without it"
                + " the data is clean)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (HearthMode.of(environment).isProduction()) {
            err.println("generate is refused in production mode: it would put invented children into a live system.");
            return 2;
        }
        Options options = Options.parse(args, Set.of("scale", "years", "seed", "as-of", "children",
                "referrals", "faults-out"), Set.of("with-faults"));
        boolean withFaults = options.has("with-faults");
        if (options.has("faults-out") && !withFaults) {
            throw new UsageException("--faults-out FILE lists the planted faults: it needs --with-faults.");
        }
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
        Instant asOf = options.has("as-of") ? asOf(options.get("as-of", "")) : null;
        long already = childrenAlready.getAsLong();
        if (already > 0) {
            err.println("generate needs an empty database: this one already holds " + already + " children (from an"
                    + " earlier or stopped run), and a second authority on top would mix the two. To start fresh,"
                    + " stop Hearth and delete ./data (the embedded database), or point spring.datasource.url"
                    + " (SPRING_DATASOURCE_URL) at a new, empty PostgreSQL database, then run generate again.");
            return 3;
        }
        if (asOf == null) {
            return generate(scale, children, years, referrals, seed, options, out, err);
        }
        return clock.during(asOf, () -> generate(scale, children, years, referrals, seed, options, out, err));
    }

    private int generate(String scale, int children, int years, int referrals, long seed, Options options,
            PrintStream out, PrintStream err) {
        boolean withFaults = options.has("with-faults");
        out.println("Generating " + scale + ": " + children + " children already known, then " + years
                + " years of journeys at " + referrals + " referrals a year up to " + LocalDate.now(clock) + " (seed "
                + seed + ")...");
        long started = System.nanoTime();
        DemoData.Made made = demo.generate(new DemoData.Plan(children, years, referrals, seed), out::println);
        out.printf("Generated %d children, %d contacts, %d referrals (%d re-referrals) in %.1f s.%n", made.children(),
                made.contacts(), made.referrals(), made.reReferrals(), (System.nanoTime() - started) / 1e9);
        if (withFaults) {
            return plantFaults(seed, options.has("faults-out") ? Path.of(options.get("faults-out", "")) : null, out,
                    err);
        }
        return 0;
    }

    /** The day to generate up to, at 09:00 London time: a past date keeps a second run the same as the first. */
    private static Instant asOf(String text) {
        try {
            return LocalDate.parse(text).atTime(9, 0).atZone(HearthClock.LONDON).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of must be a date written YYYY-MM-DD, such as 2026-06-15.");
        }
    }

    private int plantFaults(long seed, Path file, PrintStream out, PrintStream err) {
        DemoFaults.Planted planted = faults.plant(seed);
        out.println("Planted " + planted.faults().size() + " data-quality faults (LA child ID, kind, DfE rules that"
                + " should find it, what was recorded):");
        planted.faults().forEach(f -> out.println("  " + f.line()));
        planted.noChild().forEach(k -> out.println("  Not planted, no child fits: " + k));
        out.println("Not planted by design:");
        Fault.NOT_PLANTED.forEach(n -> out.println("  " + n));
        if (file == null) {
            return 0;
        }
        List<String> lines = new java.util.ArrayList<>();
        lines.add("LAchildID\tkind\trules\tplanted");
        planted.faults().forEach(f -> lines.add(f.row()));
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, lines);
        } catch (IOException e) {
            err.println("Could not write the list of faults to " + file + ": " + e.getMessage());
            return 1;
        }
        out.println("Wrote the list of faults to " + file + ".");
        return 0;
    }
}
