package hearth.demo;

import hearth.security.Accounts;
import hearth.security.Role;
import hearth.workforce.TeamKind;
import hearth.workforce.Workforce;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The demo authority's services and teams, one demo account per role placed where its record-level
 * rules show (sw.demo in a safeguarding team, tm.demo managing it, sm.demo over the service), and
 * generated colleagues to hold the other children.
 */
@Component
class DemoOrganisation {

    static final String PASSWORD = "demo";
    static final String SAFEGUARDING = "Early help and safeguarding";
    static final String CARE = "Children in care and care leavers";
    static final String QUALITY = "Quality, performance and LADO";

    record TeamSpec(String name, TeamKind kind, String service, String manager) {
    }

    record DemoUser(String username, String name, Role role, String jobTitle, String team) {
    }

    static final List<TeamSpec> TEAMS = List.of(
            new TeamSpec("Front door (single point of access)", TeamKind.FRONT_DOOR, SAFEGUARDING, "tm.front"),
            new TeamSpec("Family help team", TeamKind.EARLY_HELP, SAFEGUARDING, "tm.familyhelp"),
            new TeamSpec("Assessment team", TeamKind.ASSESSMENT, SAFEGUARDING, "tm.assessment"),
            new TeamSpec("Safeguarding team 1", TeamKind.CHILD_PROTECTION, SAFEGUARDING, "tm.demo"),
            new TeamSpec("Safeguarding team 2", TeamKind.CHILD_PROTECTION, SAFEGUARDING, "tm.safeguarding2"),
            new TeamSpec("Children with disabilities team", TeamKind.DISABLED_CHILDREN, SAFEGUARDING, "tm.disabilities"),
            new TeamSpec("Safeguarding service management", TeamKind.ADMINISTRATION, SAFEGUARDING, "sm.demo"),
            new TeamSpec("Children in care team", TeamKind.CHILDREN_IN_CARE, CARE, "tm.care"),
            new TeamSpec("Leaving care team", TeamKind.LEAVING_CARE, CARE, "tm.leavingcare"),
            new TeamSpec("Independent reviewing service", TeamKind.REVIEWING, CARE, "tm.reviewing"),
            new TeamSpec("Fostering and kinship team", TeamKind.FOSTERING, CARE, "tm.fostering"),
            new TeamSpec("LADO", TeamKind.LADO, QUALITY, "lado.demo"),
            new TeamSpec("Performance and data team", TeamKind.QUALITY_AND_PERFORMANCE, QUALITY, "perf.demo"),
            new TeamSpec("Quality assurance team", TeamKind.QUALITY_AND_PERFORMANCE, QUALITY, "qa.demo"));

    static final List<DemoUser> USERS = List.of(
            new DemoUser("sw.demo", "Sam Okafor", Role.SOCIAL_WORKER, "Social worker", "Safeguarding team 1"),
            new DemoUser("fw.demo", "Faye Wilson", Role.FAMILY_WORKER, "Family worker", "Family help team"),
            new DemoUser("tm.demo", "Tariq Mahmood", Role.TEAM_MANAGER, "Team manager", "Safeguarding team 1"),
            new DemoUser("sm.demo", "Sophie Martin", Role.SERVICE_MANAGER, "Service manager", "Safeguarding service management"),
            new DemoUser("iro.demo", "Irene Roberts", Role.CONFERENCE_CHAIR_IRO, "Conference chair and IRO", "Independent reviewing service"),
            new DemoUser("pa.demo", "Priya Anand", Role.PERSONAL_ADVISER, "Personal adviser", "Leaving care team"),
            new DemoUser("lado.demo", "Lydia Adams", Role.LADO, "Local authority designated officer", "LADO"),
            new DemoUser("front.demo", "Femi Adeyemi", Role.FRONT_DOOR_WORKER, "Front door social worker", "Front door (single point of access)"),
            new DemoUser("perf.demo", "Paul Evans", Role.PERFORMANCE_OFFICER, "Performance officer", "Performance and data team"),
            new DemoUser("qa.demo", "Qasim Ali", Role.QA_AUDITOR, "Quality assurance auditor", "Quality assurance team"),
            new DemoUser("dcs.demo", "Dana Clarke", Role.SENIOR_LEADER, "Director of children's services", null),
            new DemoUser("inspector.demo", "Imogen Hart", Role.INSPECTOR, null, null),
            new DemoUser("admin.demo", "Alex Morgan", Role.ADMINISTRATOR, null, null));

    private final Accounts accounts;
    private final Workforce workforce;

    DemoOrganisation(Accounts accounts, Workforce workforce) {
        this.accounts = accounts;
        this.workforce = workforce;
    }

    /** Creates the organisation and answers its cast: each kind of team with its manager and workers. */
    DemoCast create(LocalDate today, Random random) {
        Map<String, UUID> services = new LinkedHashMap<>();
        services.put(SAFEGUARDING, workforce.ensureService(SAFEGUARDING, "sm.demo"));
        services.put(CARE, workforce.ensureService(CARE, "sm.care"));
        services.put(QUALITY, workforce.ensureService(QUALITY, "sm.quality"));
        Map<String, UUID> teams = new LinkedHashMap<>();
        for (TeamSpec t : TEAMS) {
            teams.put(t.name(), workforce.ensureTeam(t.name(), t.kind(), services.get(t.service()), t.manager()));
        }
        for (DemoUser u : USERS) {
            accounts.ensure(u.username(), u.name(), u.role(), PASSWORD, true);
            if (u.team() != null) {
                workforce.ensureWorker(u.username(), u.name(), u.jobTitle(), teams.get(u.team()), today.minusYears(3));
            }
        }
        Map<TeamKind, List<DemoCast.Team>> cast = new LinkedHashMap<>();
        for (TeamSpec t : TEAMS) {
            if (t.kind() == TeamKind.ADMINISTRATION || t.kind() == TeamKind.QUALITY_AND_PERFORMANCE
                    || t.kind() == TeamKind.LADO || t.kind() == TeamKind.REVIEWING) {
                continue;
            }
            UUID teamId = teams.get(t.name());
            List<String> workers = new ArrayList<>();
            USERS.stream().filter(u -> t.name().equals(u.team()) && u.role() != Role.TEAM_MANAGER)
                    .forEach(u -> workers.add(u.username()));
            int extra = 3 + random.nextInt(3);
            for (int i = 0; i < extra; i++) {
                boolean woman = random.nextBoolean();
                String first = Names.pick(woman ? Names.WOMEN : Names.MEN, random);
                String last = Names.pick(Names.SURNAMES, random);
                String username = (first.charAt(0) + "." + last.replaceAll("[^A-Za-z]", "")).toLowerCase(java.util.Locale.ROOT)
                        + "." + t.kind().name().substring(0, 2).toLowerCase(java.util.Locale.ROOT) + i;
                workforce.ensureWorker(username, first + " " + last, jobTitle(t.kind()), teamId,
                        today.minusDays(100 + random.nextInt(3000)));
                workers.add(username);
            }
            cast.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(new DemoCast.Team(teamId, t.manager(), workers));
        }
        return new DemoCast(cast);
    }

    private static String jobTitle(TeamKind kind) {
        return switch (kind) {
            case EARLY_HELP -> "Family worker";
            case LEAVING_CARE -> "Personal adviser";
            case FOSTERING -> "Supervising social worker";
            default -> "Social worker";
        };
    }
}
