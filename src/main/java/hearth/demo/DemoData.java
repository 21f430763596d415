package hearth.demo;

import hearth.people.PersonSummary;
import hearth.security.HearthUser;
import hearth.security.RecordAccess;
import hearth.security.Role;
import hearth.shared.Ids;
import hearth.workforce.Workforce;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Builds a demo authority: its organisation and users, then families until there are enough
 * children, each allocated (or held on duty, or closed), with a few restricted records.
 */
@Service
public class DemoData {

    public static final String GENERATOR = "hearth.generator";
    static final String SW_TEAM = "Safeguarding team 1";

    private final DemoOrganisation organisation;
    private final DemoFamilies families;
    private final Workforce workforce;
    private final RecordAccess access;
    private final DemoContacts contacts;
    private final DemoJourneys journeys;
    private final DemoCareHealth careHealth;
    private final DemoCaseSummaries summaries;
    private final DemoChildrenInCare childrenInCare;
    private final DemoCarers carers;
    private final DemoFosteringAndAdopters fosteringAndAdopters;
    private final DemoAdoption adoption;
    private final Clock clock;
    private final DemoCareLeavers careLeavers;
    private final List<DemoHistoryStep> steps;
    private final List<DemoRunState> runStates;

    DemoData(DemoOrganisation organisation, DemoFamilies families, Workforce workforce, RecordAccess access,
            DemoContacts contacts, DemoJourneys journeys, DemoCareHealth careHealth, DemoCaseSummaries summaries,
            DemoChildrenInCare childrenInCare, DemoCareLeavers careLeavers, DemoCarers carers, DemoAdoption adoption,
            DemoFosteringAndAdopters fosteringAndAdopters, List<DemoHistoryStep> steps, List<DemoRunState> runStates,
            Clock clock) {
        this.runStates = runStates;
        this.steps = steps.stream().sorted(java.util.Comparator.comparingInt(DemoHistoryStep::order)).toList();
        this.fosteringAndAdopters = fosteringAndAdopters;
        this.childrenInCare = childrenInCare;
        this.careLeavers = careLeavers;
        this.journeys = journeys;
        this.careHealth = careHealth;
        this.summaries = summaries;
        this.carers = carers;
        this.adoption = adoption;
        this.organisation = organisation;
        this.families = families;
        this.workforce = workforce;
        this.access = access;
        this.contacts = contacts;
        this.clock = clock;
    }

    /**
     * What to generate: a background caseload of {@code children} already known and allocated, and journeys from
     * contacts onwards for the last {@code years} at {@code referralsPerYear}.
     */
    public record Plan(int children, int years, int referralsPerYear, long seed) {
    }

    /** What a run made. */
    public record Made(int children, int contacts, int referrals, int reReferrals) {
    }

    /** Generates until at least {@code children} children exist from this run; answers how many. */
    public int generate(int children, long seed, Consumer<String> progress) {
        return generate(new Plan(children, 0, 0, seed), progress).children();
    }

    /** Generates the background caseload, then the journeys; answers what it made. */
    public Made generate(Plan plan, Consumer<String> progress) {
        // the same seed and clock give the same rows, identifiers included
        runStates.forEach(DemoRunState::newRun);
        return Ids.seeded(plan.seed(), clock.millis(), () -> generateSeeded(plan, progress));
    }

    private Made generateSeeded(Plan plan, Consumer<String> progress) {
        int background = background(plan.children(), plan.seed(), progress);
        if (plan.years() == 0 || plan.referralsPerYear() == 0) {
            return new Made(background, 0, 0, 0);
        }
        return asGenerator(() -> {
            Random random = new Random(plan.seed() + 1);
            LocalDate today = LocalDate.now(clock);
            DemoCast cast = organisation.create(today, new Random(plan.seed()));
            progress.accept("Journeys from " + today.minusYears(plan.years()) + " at " + plan.referralsPerYear()
                    + " referrals a year");
            DemoJourneys.Made made = journeys.run(today.minusYears(plan.years()), plan.referralsPerYear(), cast,
                    random, progress);
            // at the end of the history: kinship approvals and adoption journeys for children then in care
            carers.run(today, new Random(plan.seed() + 2), progress);
            adoption.run(today, new Random(plan.seed() + 3), progress);
            fosteringAndAdopters.run(today, plan.referralsPerYear(), new Random(plan.seed() + 4), progress);
            careHealth.follow(today, new Random(plan.seed() + 2));
            int leavers = careLeavers.generate(today, plan.referralsPerYear(), cast, new Random(plan.seed() + 8));
            progress.accept("  " + leavers + " care leavers");
            for (DemoHistoryStep step : steps) {
                step.run(today, plan.referralsPerYear(), cast, new Random(plan.seed() + 100 + step.order()), progress);
            }
            return new Made(background + made.children(), made.contacts(), made.referrals(), made.reReferrals());
        });
    }

    private int background(int children, long seed, Consumer<String> progress) {
        return asGenerator(() -> {
            Random random = new Random(seed);
            Random writing = new Random(seed + 7);
            LocalDate today = LocalDate.now(clock);
            DemoCast cast = organisation.create(today, random);
            Map<UUID, List<String>> holders = new java.util.LinkedHashMap<>();
            cast.teams().values().forEach(ts -> ts.forEach(t -> holders.put(t.id(), t.workers())));
            List<UUID> teams = new ArrayList<>(holders.keySet());
            UUID swTeam = workforce.teams().stream().filter(t -> t.name().equals(SW_TEAM)).findFirst().orElseThrow().id();
            int made = 0;
            int nextReport = 0;
            while (made < children) {
                for (PersonSummary child : families.family(random, today)) {
                    boolean inCare = child.dateOfBirth() != null && DemoKeys.oneIn(seed, made, 6);
                    allocate(child, inCare, random, today, holders, teams, swTeam, writing);
                    if (inCare) {
                        childrenInCare.alreadyInCare(child.id(), child.dateOfBirth(), "sw.demo", clock.instant());
                    }
                    if (child.dateOfBirth() != null && random.nextInt(100) < 8) {
                        contacts.recent(child, random);
                    }
                    if (random.nextInt(120) == 0 || made == 7) {
                        access.restrict(child.id(), "Child of a member of staff", Set.of("tm.demo", "sm.demo"));
                    }
                    made++;
                }
                if (made >= nextReport) {
                    progress.accept("  " + made + " of " + children + " children");
                    nextReport += Math.max(100, children / 10);
                }
            }
            // older young people who were in care at 16 or 17: allocated from when they came into care (SW17STG2)
            childrenInCare.careLeavers(Math.max(1, children / 100), clock.instant(), new Random(seed + 18))
                    .forEach((id, cameIntoCare) -> workforce.allocate(id, swTeam, "sw.demo", cameIntoCare,
                            "Allocated when the young person came into care"));
            return made;
        });
    }

    /** A child in care always has a named social worker (DfE SW17STG2); others may be unallocated or on duty. */
    private void allocate(PersonSummary child, boolean inCare, Random random, LocalDate today,
            Map<UUID, List<String>> holders, List<UUID> teams, UUID swTeam, Random writing) {
        int roll = random.nextInt(100);
        if (roll < 15 && !inCare) {
            return;
        }
        UUID team = roll < 35 ? swTeam : teams.get(random.nextInt(teams.size()));
        // a child in care had their social worker before the last 31 March (the returns' SW17STG2)
        LocalDate from = today.minusDays(random.nextInt(400) + (inCare ? 400 : 0));
        if (roll < 23 && !inCare) {
            workforce.allocate(child.id(), team, null, from, "Held on duty pending allocation");
            return;
        }
        List<String> workers = holders.get(team);
        String worker = team.equals(swTeam) && random.nextInt(3) == 0 ? "sw.demo" : workers.get(random.nextInt(workers.size()));
        if (random.nextInt(4) == 0) {
            String earlier = workers.get(random.nextInt(workers.size()));
            workforce.allocate(child.id(), team, earlier, from.minusDays(60 + random.nextInt(200)), "Allocated after referral");
        }
        workforce.allocate(child.id(), team, worker, from, "Allocated for assessment and support");
        summaries.write(child, worker, from, today, writing);
    }

    private static <T> T asGenerator(java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        HearthUser generator = new HearthUser(Ids.next(), GENERATOR, "Demo data generator", Role.ADMINISTRATOR, null,
                false, true);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(generator, null, generator.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
