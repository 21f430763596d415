package hearth.platform.cli;

import hearth.platform.config.ModeGuard;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Boots Hearth without its web server to run one command, then answers the exit code. */
public final class CommandLauncher {

    private CommandLauncher() {
    }

    static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static int launch(Class<?> application, String[] args) {
        String name = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("hearth.command=" + name, "spring.main.banner-mode=off",
                        "logging.level.root=WARN", "logging.level.hearth=INFO", "logging.level.org.springframework=OFF",
                        "logging.level.org.hibernate=OFF", "logging.level.org.flywaydb=ERROR", "logging.level.com.zaxxer=OFF");
        builder.listeners(ModeGuard.listener());
        if (name.equals("generate")) {
            // synthetic data only: commits need not wait for the disk (see PostgresConnections)
            builder.properties("hearth.datasource.synchronous-commit=off");
        }
        String[] springArgs = rest.stream().filter(a -> a.startsWith("--spring.") || a.startsWith("--hearth."))
                .toArray(String[]::new);
        ConfigurableApplicationContext started;
        try {
            started = builder.run(springArgs);
        } catch (RuntimeException e) {
            System.err.println("Hearth could not run '" + name + "': " + rootCause(e));
            return 1;
        }
        try (ConfigurableApplicationContext context = started) {
            CommandRegistry registry = context.getBean(CommandRegistry.class);
            List<String> commandArgs = rest.stream()
                    .filter(a -> !(a.startsWith("--spring.") || a.startsWith("--hearth.")))
                    .toList();
            return registry.run(name, commandArgs, System.out, System.err);
        }
    }
}
