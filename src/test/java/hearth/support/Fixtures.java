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

    /**
     * An account with a display name of its own (pages show it, so a test can find it among others), and
     * a worker in the team when one is given. The username may be one already named as a team's manager.
     */
    public String user(String username, String displayName, Role role, UUID team) {
        accounts.ensure(username, displayName, role, PASSWORD, false);
        if (team != null) {
            workforce.ensureWorker(username, displayName, jobTitle(role), team, LocalDate.of(2020, 1, 1));
        }
        return username;
    }

    /** A made-up name of letters only, unique in the run, so a search for it finds one person. */
    public String name(String stem) {
        StringBuilder letters = new StringBuilder(stem);
        long n = Long.parseLong(run, 36) * 1000 + SEQUENCE.incrementAndGet();
        while (n > 0) {
            letters.append((char) ('a' + n % 26));
            n /= 26;
        }
        return letters.toString();
    }

    public static String jobTitle(Role role) {
        return switch (role) {
            case SOCIAL_WORKER -> "Social worker";
            case TEAM_MANAGER -> "Team manager";
            default -> "Worker";
        };
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
