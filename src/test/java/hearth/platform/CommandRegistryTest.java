package hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.platform.cli.CommandRegistry;
import hearth.platform.cli.HearthCommand;
import hearth.platform.cli.Options;
import hearth.platform.cli.UsageException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandRegistryTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private final HearthCommand echo = new HearthCommand() {
        public String name() { return "echo"; }
        public String summary() { return "Says the count back"; }
        public String usage() { return "echo --count N"; }
        public int run(List<String> args, PrintStream o, PrintStream e) {
            o.println("count " + Options.parse(args, Set.of("count"), Set.of()).intValue("count", 1, 1, 9));
            return 0;
        }
    };

    private final CommandRegistry registry = registry(echo);

    @Test
    void helpListsEveryCommandWithItsSummary() {
        assertThat(run("help")).isZero();
        assertThat(out()).contains("help").contains("echo").contains("Says the count back");
    }

    @Test
    void anUnknownCommandSaysHowToListThemAndExitsWithTwo() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).contains("Unknown command 'frobnicate'").contains("help");
    }

    @Test
    void badOptionsSayWhatIsWrongAndShowTheUsage() {
        assertThat(run("echo", "--count", "ten")).isEqualTo(2);
        assertThat(err()).contains("--count must be a whole number").contains("echo --count N");
        assertThat(run("echo", "--colour", "red")).isEqualTo(2);
        assertThat(err()).contains("Unknown option --colour");
    }

    @Test
    void goodOptionsRunTheCommand() {
        assertThat(run("echo", "--count=3")).isZero();
        assertThat(out()).contains("count 3");
    }

    @Test
    void optionsRefuseAValuedOptionWithoutItsValue() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Options.parse(List.of("--count"), Set.of("count"), Set.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("needs a value");
    }

    private int run(String... args) {
        return registry.run(args[0], List.of(args).subList(1, args.length), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static CommandRegistry registry(HearthCommand... commands) {
        return new CommandRegistry(List.of(commands));
    }
}
