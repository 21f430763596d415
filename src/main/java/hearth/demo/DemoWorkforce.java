package hearth.demo;

import hearth.caseloads.CaseloadSnapshots;
import hearth.workforce.AbsenceKind;
import hearth.workforce.ProfileChange;
import hearth.workforce.TrainingStatus;
import hearth.workforce.Workforce;
import hearth.workforce.WorkerProfile;
import hearth.workforce.WorkerProfiles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The demo workforce at the end of the year: profiles (some agency, some newly qualified, some part time), a few
 * leavers in the year, absences, training booked, attended and missed, each team's establishment with a few
 * vacancies, and a caseload snapshot for each of the last 12 months.
 */
@Component
class DemoWorkforce implements DemoHistoryStep {

    private static final List<String> COURSES = List.of("Signs of Safety refresher", "Court skills",
            "Contextual safeguarding", "Direct work with children", "Domestic abuse: Safe and Together");
    private static final List<String> ROLES = List.of("Social worker", "Senior practitioner", "Advanced practitioner");

    private final Workforce workforce;
    private final WorkerProfiles profiles;
    private final CaseloadSnapshots snapshots;

    DemoWorkforce(Workforce workforce, WorkerProfiles profiles, CaseloadSnapshots snapshots) {
        this.workforce = workforce;
        this.profiles = profiles;
        this.snapshots = snapshots;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public void run(LocalDate today, int referralsPerYear, DemoCast cast, Random random, Consumer<String> progress) {
        int people = 0;
        int leavers = 0;
        for (List<DemoCast.Team> teams : cast.teams().values()) {
            for (DemoCast.Team team : teams) {
                for (String username : team.workers()) {
                    profile(username, today, random);
                    people++;
                }
                leavers += leavers(team.id(), today, random);
                int headcount = workforce.workersIn(team.id()).size();
                profiles.establishment(team.id(), BigDecimal.valueOf(headcount + random.nextInt(3)).setScale(2));
            }
        }
        int rows = 0;
        for (int back = 12; back >= 0; back--) {
            rows += snapshots.take(YearMonth.from(today).minusMonths(back));
        }
        progress.accept("  workforce: " + people + " profiles, " + leavers + " leavers, " + rows
                + " monthly caseload figures");
    }

    private void profile(String username, LocalDate today, Random random) {
        WorkerProfile p = profiles.profile(username).orElse(null);
        if (p == null || p.leftOn() != null) {
            return;
        }
        boolean newlyQualified = random.nextInt(6) == 0;
        boolean agency = !newlyQualified && random.nextInt(5) == 0;
        LocalDate started = newlyQualified ? today.minusDays(30 + random.nextInt(300))
                : today.minusYears(1 + random.nextInt(12)).minusDays(random.nextInt(300));
        String role = newlyQualified ? "Newly qualified social worker" : ROLES.get(random.nextInt(ROLES.size()));
        BigDecimal fte = random.nextInt(6) == 0 ? new BigDecimal("0.80") : new BigDecimal("1.00");
        profiles.change(username, p.version(), new ProfileChange(p.jobTitle(), role,
                random.nextBoolean() ? "BA (Hons) Social Work" : "MA Social Work", "SW" + (100000 + random.nextInt(899999)),
                agency, fte, started, newlyQualified ? started.plusYears(1) : null));
        if (random.nextInt(3) == 0) {
            LocalDate from = today.minusDays(20 + random.nextInt(300));
            profiles.recordAbsence(username, AbsenceKind.SICKNESS, from, from.plusDays(random.nextInt(10)));
        }
        LocalDate leave = today.minusDays(random.nextInt(300));
        profiles.recordAbsence(username, AbsenceKind.ANNUAL_LEAVE, leave, leave.plusDays(4));
        for (int i = 0; i < 2; i++) {
            LocalDate on = today.minusDays(random.nextInt(330));
            TrainingStatus status = random.nextInt(5) == 0 ? TrainingStatus.MISSED : TrainingStatus.ATTENDED;
            profiles.recordTraining(username, COURSES.get(random.nextInt(COURSES.size())), on, status);
        }
        profiles.recordTraining(username, COURSES.get(random.nextInt(COURSES.size())),
                today.plusDays(7 + random.nextInt(60)), TrainingStatus.BOOKED);
    }

    /** Sometimes one or two colleagues left the team during the year (their records are kept). */
    private int leavers(UUID teamId, LocalDate today, Random random) {
        int count = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0;
        for (int i = 0; i < count; i++) {
            String username = "left." + teamId.toString().substring(0, 8) + "." + i;
            if (profiles.profile(username).isPresent()) {
                continue;
            }
            LocalDate started = today.minusYears(2 + random.nextInt(4));
            workforce.ensureWorker(username, leaverName(random),
                    "Social worker", teamId, started);
            boolean agency = random.nextBoolean();
            WorkerProfile p = profiles.profile(username).orElseThrow();
            profiles.change(username, p.version(), new ProfileChange("Social worker", "Social worker",
                    "MA Social Work", "SW" + (100000 + random.nextInt(899999)), agency, BigDecimal.ONE, started, null));
            profiles.leave(username, today.minusDays(15 + random.nextInt(330)),
                    agency ? "Agency assignment ended" : "Moved to another authority");
        }
        return count;
    }

    private static String leaverName(Random random) {
        List<String> first = List.of("Jordan", "Casey", "Morgan", "Rowan", "Avery", "Jamie");
        List<String> last = List.of("Price", "Hughes", "Lloyd", "Rees", "Barker", "Fox");
        return first.get(random.nextInt(first.size())) + " " + last.get(random.nextInt(last.size()));
    }
}
