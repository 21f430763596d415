package hearth.security;

import hearth.platform.cli.HearthCommand;
import hearth.platform.cli.Options;
import hearth.platform.cli.UsageException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code user add}: creates a sign-in account, e.g. the first administrator of a production system.
 * The password comes from the HEARTH_NEW_PASSWORD environment variable, never the command line.
 */
@Component
class UserCommand implements HearthCommand {

    static final int MIN_PASSWORD = 12;
    private final Accounts accounts;

    UserCommand(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "user";
    }

    @Override
    public String summary() {
        return "Add a sign-in account (user add --username U --name N --role ROLE)";
    }

    @Override
    public String usage() {
        return "user add --username U --name \"Full Name\" --role " + Arrays.toString(Role.values())
                + "\n  The password is read from HEARTH_NEW_PASSWORD (at least " + MIN_PASSWORD
                + " characters); leave it unset for an account that signs in only through the council's identity provider.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !args.get(0).equals("add")) {
            throw new UsageException("Say what to do: user add ...");
        }
        Options options = Options.parse(args.subList(1, args.size()), Set.of("username", "name", "role", "email"), Set.of());
        String username = options.get("username", "");
        String name = options.get("name", "");
        if (username.isBlank() || name.isBlank()) {
            throw new UsageException("--username and --name are needed.");
        }
        Role role;
        try {
            role = Role.valueOf(options.get("role", ""));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--role must be one of " + Arrays.toString(Role.values()) + ".");
        }
        String password = System.getenv("HEARTH_NEW_PASSWORD");
        if (password != null && password.length() < MIN_PASSWORD) {
            throw new UsageException("HEARTH_NEW_PASSWORD must be at least " + MIN_PASSWORD + " characters.");
        }
        if (accounts.find(username).isPresent()) {
            err.println("An account '" + username + "' already exists; nothing was changed.");
            return 1;
        }
        accounts.ensure(username, name, role, password, false);
        out.println("Added " + UserAccount.normalise(username) + " as " + role + ".");
        return 0;
    }
}
