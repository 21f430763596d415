package hearth;

import hearth.platform.cli.CommandLauncher;
import hearth.platform.config.ModeGuard;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Hearth: case management for children's social care.
 *
 * <p>With no arguments (or only {@code --option}s) it serves the web application. With a command as
 * its first argument ({@code help}, {@code generate}, ...) it runs that command against the same
 * database the server would use, then exits.
 */
@SpringBootApplication
@EnableScheduling
public class HearthApplication {

    public static void main(String[] args) {
        if (CommandLauncher.isCommand(args)) {
            System.exit(CommandLauncher.launch(HearthApplication.class, args));
        }
        SpringApplication application = new SpringApplication(HearthApplication.class);
        application.addListeners(ModeGuard.listener());
        application.run(args);
    }
}
