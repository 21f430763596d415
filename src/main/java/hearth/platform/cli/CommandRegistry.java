package hearth.platform.cli;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every {@link HearthCommand} bean, by name, and the built-in {@code help}. */
@Component
public class CommandRegistry {

    private final Map<String, HearthCommand> commands;

    public CommandRegistry(List<HearthCommand> commands) {
        this.commands = commands.stream()
                .collect(Collectors.toMap(HearthCommand::name, Function.identity()));
    }

    public int run(String name, List<String> args, PrintStream out, PrintStream err) {
        if (name.equals("help")) {
            return help(args, out, err);
        }
        HearthCommand command = commands.get(name);
        if (command == null) {
            err.println("Unknown command '" + name + "'. Run 'java -jar hearth.jar help' to list the commands.");
            return 2;
        }
        try {
            return command.run(args, out, err);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(command.usage());
            return 2;
        }
    }

    private int help(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            HearthCommand command = commands.get(args.get(0));
            if (command == null) {
                err.println("Unknown command '" + args.get(0) + "'.");
                return 2;
            }
            out.println(command.summary());
            out.println(command.usage());
            return 0;
        }
        out.println("Usage: java -jar hearth.jar [command] [options]");
        out.println("With no command Hearth serves the web application on port 8080.");
        out.println();
        out.println("Commands:");
        out.printf("  %-12s %s%n", "help", "List the commands, or 'help <command>' for one command's options");
        commands.values().stream().sorted(Comparator.comparing(HearthCommand::name))
                .forEach(c -> out.printf("  %-12s %s%n", c.name(), c.summary()));
        return 0;
    }
}
