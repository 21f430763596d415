package hearth.support;

import hearth.people.Disability;
import hearth.people.Ethnicity;
import hearth.people.People;
import hearth.people.PersonDetails;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.people.Sex;
import hearth.security.Accounts;
import hearth.security.HearthUser;
import hearth.security.Role;
import hearth.workforce.TeamKind;
import hearth.workforce.Workforce;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Builds what a test needs with unique names, through the contexts' published APIs, so tests never
 * depend on each other or on what the database already holds.
 */
public class Fixtures {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Accounts accounts;
    private final Workforce workforce;
    private final People people;
    private final UserDetailsService users;
    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    public Fixtures(ApplicationContext context) {
        this.accounts = context.getBean(Accounts.class);
        this.workforce = context.getBean(Workforce.class);
        this.people = context.getBean(People.class);
        this.users = context.getBean(UserDetailsService.class);
    }

    public String unique(String stem) {
        return stem + "." + run + "." + SEQUENCE.incrementAndGet();
    }

    public UUID service() {
        return workforce.ensureService(unique("Service"), null);
    }

    public UUID team(UUID service, String manager) {
        return workforce.ensureTeam(unique("Team"), TeamKind.CHILD_PROTECTION, service, manager);
    }

    /** An account that can sign in, in a team when one is given. */
    public String user(Role role, UUID team) {
        String username = unique(role.name().toLowerCase(java.util.Locale.ROOT));
        accounts.ensure(username, "Test " + role, role, PASSWORD, false);
        if (team != null) {
            workforce.ensureWorker(username, "Test " + role, "Worker", team, LocalDate.of(2020, 1, 1));
        }
        return username;
    }

    public HearthUser signedIn(String username) {
        return (HearthUser) users.loadUserByUsername(username);
    }

    public PersonSummary child(String firstName, String lastName, LocalDate dob) {
        return people.register(PersonKind.CHILD, details(firstName, lastName, dob));
    }

    public PersonSummary adult(String firstName, String lastName, LocalDate dob) {
        return people.register(PersonKind.ADULT, details(firstName, lastName, dob));
    }

    public static PersonDetails details(String firstName, String lastName, LocalDate dob) {
        return new PersonDetails(firstName, null, lastName, dob, null, Sex.F, null, Ethnicity.WBRI, "English", null,
                Set.of(Disability.NONE), null, null, null, false);
    }

    public void allocate(UUID child, UUID team, String worker) {
        workforce.allocate(child, team, worker, LocalDate.now(), "test allocation");
    }
}
