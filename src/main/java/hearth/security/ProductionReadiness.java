package hearth.security;

import hearth.platform.config.HearthMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Production refuses to run while any demo account (password "demo") can still sign in. */
@Component
class ProductionReadiness implements ApplicationRunner {

    private final Accounts accounts;
    private final Environment environment;

    ProductionReadiness(Accounts accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (HearthMode.of(environment).isProduction() && !accounts.enabledDemoAccounts().isEmpty()) {
            System.err.println("Hearth will not start in production mode: demo accounts exist in this database ("
                    + accounts.enabledDemoAccounts().size() + "); use a fresh PostgreSQL database for production.");
            System.exit(3);
        }
    }
}
