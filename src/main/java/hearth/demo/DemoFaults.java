package hearth.demo;

import hearth.childinneed.ChildrenInNeed;
import hearth.childinneed.EpisodeView;
import hearth.childprotection.ChildProtection;
import hearth.childrenincare.CarePeriodView;
import hearth.childrenincare.ChildrenInCare;
import hearth.people.People;
import hearth.people.PersonDetails;
import hearth.people.ReturnIdentity;
import hearth.people.Sex;
import hearth.people.Upn;
import hearth.platform.HearthClock;
import hearth.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@code generate --with-faults}: after the demo history, plants a known set of data-quality faults in the current
 * collection year (1 April to today), each recorded through the contexts' own APIs as a worker or reviewing officer
 * would have, on children picked from the seed. Each {@link Fault} names the child and the DfE rules that should find
 * it. The shapes the APIs refuse are not planted: {@link Fault#NOT_PLANTED} says which and why.
 */
@Component
class DemoFaults {

    static final String WORKER = "sw.demo";

    private final People people;
    private final ChildrenInNeed childrenInNeed;
    private final ChildProtection protection;
    private final ChildrenInCare care;
    private final DemoActors actors;
    private final HearthClock clock;

    DemoFaults(People people, ChildrenInNeed childrenInNeed, ChildProtection protection, ChildrenInCare care,
            DemoActors actors, HearthClock clock) {
        this.people = people;
        this.childrenInNeed = childrenInNeed;
        this.protection = protection;
        this.care = care;
        this.actors = actors;
        this.clock = clock;
    }

    /** What was planted, and the faults that found no child to plant on. */
    record Planted(List<Fault> faults, List<String> noChild) {
    }

    /** 1 April of the collection year that contains {@code today}: the faults are planted in that year. */
    static LocalDate yearStart(LocalDate today) {
        return LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);
    }

    /** Plants the faults on children picked with {@code seed}; the same data and seed plant the same faults. */
    Planted plant(long seed) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, HearthClock.LONDON);
        return actors.as(WORKER, Role.SOCIAL_WORKER, now, () -> new Run(today, new Random(seed + 4_040)).plant());
    }

    /** One planting: the children in scope this year and those already used. */
    private final class Run {

        private final LocalDate today;
        private final LocalDate from;
        private final Random random;
        private final Map<UUID, List<EpisodeView>> episodes;
        private final Set<UUID> lookedAfter;
        private final Map<UUID, ReturnIdentity> identity;
        private final Set<UUID> used = new HashSet<>();
        private final List<Fault> faults = new ArrayList<>();
        private final List<String> noChild = new ArrayList<>();

        Run(LocalDate today, Random random) {
            this.today = today;
            this.from = yearStart(today);
            this.random = random;
            this.episodes = childrenInNeed.episodesDuring(from, today).stream()
                    .collect(Collectors.groupingBy(EpisodeView::childId));
            this.lookedAfter = care.periodsOverlapping(from, today).stream().map(CarePeriodView::childId)
                    .collect(Collectors.toSet());
            Set<UUID> all = new HashSet<>(episodes.keySet());
            all.addAll(lookedAfter);
            this.identity = people.forReturns(all).stream().collect(Collectors.toMap(ReturnIdentity::id, i -> i));
        }

        Planted plant() {
            duplicateUpn();
            bornAfterReferral();
            sexUnknown();
            cinPlanDuringProtection();
            return new Planted(List.copyOf(faults), List.copyOf(noChild));
        }

        private void duplicateUpn() {
            Optional<UUID> first = pick("duplicate-upn", episodes.keySet(), id -> true);
            Optional<UUID> second = first.flatMap(f -> pick("duplicate-upn", episodes.keySet(), id -> true));
            if (second.isEmpty()) {
                return;
            }
            String twelve = twelveDigits();
            String upn = Upn.checkLetter(twelve) + twelve;
            boolean bothInCare = lookedAfter.contains(first.get()) && lookedAfter.contains(second.get());
            for (UUID child : List.of(first.get(), second.get())) {
                change(child, d -> with(d, d.dateOfBirth(), d.sex(), upn));
                UUID other = child.equals(first.get()) ? second.get() : first.get();
                add(child, "duplicate-upn", "UPN " + upn + " also recorded for " + identity.get(other).laChildId(),
                        bothInCare ? List.of(Fault.Code.cin("1520"), Fault.Code.ssda("444"))
                                : List.of(Fault.Code.cin("1520")));
            }
        }

        private void bornAfterReferral() {
            LocalDate latestReferral = today.minusWeeks(41);
            pick("born-after-referral", episodes.keySet(), id -> !lookedAfter.contains(id)
                    && identity.get(id).dateOfBirth() != null && !firstReferral(id).isAfter(latestReferral))
                    .ifPresent(child -> {
                        LocalDate referred = firstReferral(child);
                        LocalDate born = referred.plusWeeks(41);
                        change(child, d -> with(d, born, d.sex(), d.upn()));
                        add(child, "born-after-referral", "date of birth changed to " + born + ", 41 weeks after the"
                                + " referral of " + referred, List.of(Fault.Code.cin("8606")));
                    });
        }

        private void sexUnknown() {
            pick("sex-unknown", lookedAfter, id -> identity.get(id).dateOfBirth() != null
                    && identity.get(id).sex() != Sex.U).ifPresent(child -> {
                        change(child, d -> with(d, d.dateOfBirth(), Sex.U, d.upn()));
                        add(child, "sex-unknown", "sex of a looked after child recorded as U (unknown)",
                                List.of(Fault.Code.ssda("232")));
                    });
        }

        private void cinPlanDuringProtection() {
            Map<UUID, hearth.childprotection.PlanView> open = protection.plansDuring(from, today).stream()
                    .filter(p -> p.endDate() == null && p.startDate().isBefore(today))
                    .collect(Collectors.toMap(hearth.childprotection.PlanView::childId, p -> p, (a, b) -> a));
            pick("cin-plan-during-protection", open.keySet(), id -> childrenInNeed.openEpisodeFor(id)
                    .filter(e -> !e.referralDate().isAfter(open.get(id).startDate())
                            && childrenInNeed.currentPlan(e.id()).isEmpty()).isPresent())
                    .ifPresent(child -> {
                        EpisodeView episode = childrenInNeed.openEpisodeFor(child).orElseThrow();
                        LocalDate on = latest(recent(), open.get(child).startDate().plusDays(1));
                        actors.as(WORKER, Role.SOCIAL_WORKER, at(on), () -> childrenInNeed.startPlan(episode.id(), on));
                        add(child, "cin-plan-during-protection", "child in need plan started " + on + " while the"
                                + " child protection plan of " + open.get(child).startDate() + " is still open",
                                List.of(Fault.Code.cin("4001"), Fault.Code.cin("4016")));
                    });
        }

        /** A child from {@code pool} that fits and is not used yet, chosen with the seed (pool in LA ID order). */
        private Optional<UUID> pick(String kind, Set<UUID> pool, Predicate<UUID> fits) {
            List<UUID> candidates = pool.stream().filter(identity::containsKey).filter(id -> !used.contains(id))
                    .filter(fits).sorted(Comparator.comparing((UUID id) -> identity.get(id).laChildId(),
                            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(id -> id))
                    .toList();
            if (candidates.isEmpty()) {
                noChild.add(kind);
                return Optional.empty();
            }
            UUID chosen = candidates.get(random.nextInt(candidates.size()));
            used.add(chosen);
            return Optional.of(chosen);
        }

        private void change(UUID child, UnaryOperator<PersonDetails> how) {
            People.Editable now = people.editable(child);
            people.update(child, now.version(), how.apply(now.details()));
        }

        private void add(UUID child, String kind, String planted, List<Fault.Code> codes) {
            faults.add(new Fault(child, identity.get(child).laChildId(), kind, planted, codes));
        }

        private String twelveDigits() {
            // Reading's DfE code (rule 1530), the year, then seven digits
            return "870" + String.format("%02d%07d", today.getYear() % 100, random.nextInt(10_000_000));
        }

        private LocalDate firstReferral(UUID child) {
            return episodes.get(child).stream().map(EpisodeView::referralDate).min(LocalDate::compareTo).orElseThrow();
        }

        /** Yesterday, or today when yesterday was in the year before. */
        private LocalDate recent() {
            return latest(from, today.minusDays(1));
        }

        private Instant at(LocalDate day) {
            Instant noon = DemoCasework.at(day, 12);
            Instant now = clock.instant();
            return noon.isAfter(now) ? now : noon;
        }
    }

    /** The details with a new date of birth, sex and UPN, everything else as it was. */
    private static PersonDetails with(PersonDetails d, LocalDate born, Sex sex, String upn) {
        return new PersonDetails(d.firstName(), d.middleNames(), d.lastName(), born,
                born == null ? d.expectedDateOfBirth() : null, sex, d.gender(), d.ethnicity(), d.firstLanguage(),
                d.religion(), d.disabilities(), d.nhsNumber(), upn, d.immigrationStatus(), d.uasc());
    }

    private static LocalDate latest(LocalDate... dates) {
        LocalDate max = dates[0];
        for (LocalDate d : dates) {
            max = d.isAfter(max) ? d : max;
        }
        return max;
    }
}
