package hearth.demo;

import hearth.platform.config.HearthMode;
import hearth.security.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** On the first start of demo mode, fills the empty database with the demo authority. */
@Component
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    private final DemoData demo;
    private final Accounts accounts;
    private final Environment environment;

    DemoSeeder(DemoData demo, Accounts accounts, Environment environment) {
        this.demo = demo;
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean wanted = !HearthMode.of(environment).isProduction()
                && environment.getProperty("hearth.demo.seed", Boolean.class, true)
                && environment.getProperty("hearth.command") == null;
        if (!wanted || accounts.find("admin.demo").isPresent()) {
            return;
        }
        int children = environment.getProperty("hearth.demo.children", Integer.class, 150);
        int referrals = environment.getProperty("hearth.demo.referrals-per-year", Integer.class, 150);
        long seed = environment.getProperty("hearth.demo.seed-value", Long.class, 20261122L);
        log.info("First start in demo mode: generating a demo authority with {} children", children);
        long started = System.nanoTime();
        DemoData.Made made = demo.generate(new DemoData.Plan(children, 1, referrals, seed), log::info);
        log.info("Demo data ready: {} children, {} contacts, {} referrals in {} s. Sign in as sw.demo, tm.demo, ... "
                + "with password 'demo'.", made.children(), made.contacts(), made.referrals(),
                (System.nanoTime() - started) / 1_000_000_000);
    }
}
