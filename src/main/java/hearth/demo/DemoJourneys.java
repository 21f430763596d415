package hearth.demo;

import hearth.frontdoor.Consent;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.NewContact;
import hearth.frontdoor.PartnerAgency;
import hearth.frontdoor.PartnerInformation;
import hearth.frontdoor.ReferralSource;
import hearth.frontdoor.ReferralView;
import hearth.frontdoor.RiskRating;
import hearth.frontdoor.ThresholdDecision;
import hearth.people.PersonSummary;
import hearth.platform.HearthClock;
import hearth.security.Role;
import hearth.workforce.TeamKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Children's journeys over the years asked for, recorded day by day through the contexts' own APIs by the people
 * who would have done each step, at the time they did it: contacts at the front door (some about siblings
 * together, some with partner agencies asked), a manager's decision on each, and what follows a referral
 * ({@link DemoCasework}). Re-referrals come from children whose earlier involvement ended within the year.
 */
@Component
class DemoJourneys {

    /** Share of contacts that become referrals; national figures put contacts at about 2.6 per referral. */
    static final double REFERRAL_SHARE = 0.38;

    private final DemoFamilies families;
    private final FrontDoor frontDoor;
    private final PartnerInformation partners;
    private final DemoActors actors;
    private final DemoCasework casework;
    private final DemoEarlyHelp earlyHelp;
    private final HearthClock clock;

    DemoJourneys(DemoFamilies families, FrontDoor frontDoor, PartnerInformation partners, DemoActors actors,
            DemoCasework casework, DemoEarlyHelp earlyHelp, HearthClock clock) {
        this.earlyHelp = earlyHelp;
        this.families = families;
        this.frontDoor = frontDoor;
        this.partners = partners;
        this.actors = actors;
        this.casework = casework;
        this.clock = clock;
    }

    /** What a run made. */
    record Made(int contacts, int referrals, int reReferrals, int children) {
    }

    /** Contacts arrive every day from {@code from} to now at {@code referralsPerYear / REFERRAL_SHARE} a year. */
    Made run(LocalDate from, int referralsPerYear, DemoCast cast, Random random, Consumer<String> progress) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, HearthClock.LONDON);
        double perDay = referralsPerYear / REFERRAL_SHARE / 365.0;
        DemoCasework.Pool pool = new DemoCasework.Pool();
        int contacts = 0;
        int referrals = 0;
        int reReferrals = 0;
        int children = 0;
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, today) + 1;
        long nextReport = Math.max(1, days / 10);
        long day = 0;
        long started = System.nanoTime();
        for (LocalDate date = from; !date.isAfter(today); date = date.plusDays(1), day++) {
            boolean weekend = date.getDayOfWeek().getValue() >= 6;
            int arriving = poisson(random, perDay * (weekend ? 0.4 : 1.24));
            for (int i = 0; i < arriving; i++) {
                Instant at = date.atTime(LocalTime.of(weekend ? random.nextInt(24) : 8 + random.nextInt(10),
                        random.nextInt(60))).atZone(HearthClock.LONDON).toInstant();
                if (at.isAfter(now)) {
                    continue;
                }
                LocalDate onDay = date;
                int[] made = actors.journey(() -> arrival(onDay, at, now, cast, random, pool));
                contacts += made[0];
                referrals += made[1];
                reReferrals += made[2];
                children += made[3];
            }
            if (day % nextReport == 0 || day == days - 1) {
                progress.accept(DemoProgress.line(date, day + 1, days, contacts, referrals,
                        (System.nanoTime() - started) / 1e9));
            }
        }
        return new Made(contacts, referrals, reReferrals, children);
    }

    /** One arrival at the front door and everything that follows it; answers contacts, referrals, re-referrals, children. */
    private int[] arrival(LocalDate date, Instant at, Instant now, DemoCast cast, Random random,
            DemoCasework.Pool pool) {
        int[] made = new int[4];
        List<PersonSummary> about = pool.childBackSoon(random, at).map(List::of).orElse(null);
        if (about == null) {
            List<PersonSummary> family = families.family(random, date);
            made[3] = family.size();
            about = family.size() > 1 && random.nextInt(10) < 3 ? family : List.of(family.get(0));
        }
        about = about.stream().filter(c -> c.dateOfBirth() == null || !c.dateOfBirth().isAfter(date)).toList();
        if (about.isEmpty()) {
            return made;
        }
        for (Optional<ReferralView> referral : contact(about, at, now, cast, random)) {
            made[0]++;
            if (referral.isPresent()) {
                made[1]++;
                made[2] += referral.get().reReferral() ? 1 : 0;
                casework.follow(referral.get(), strategy(referral.get()), now, cast, random, pool);
            }
        }
        return made;
    }

    /** One contact about one child or several siblings, then the manager's decision on each; answers the referrals. */
    private List<Optional<ReferralView>> contact(List<PersonSummary> children, Instant at, Instant now,
            DemoCast cast, Random random) {
        DemoCast.Team frontTeam = cast.team(TeamKind.FRONT_DOOR, random);
        String worker = frontTeam.anyWorker(random);
        ReferralSource source = DemoContacts.source(random);
        boolean sought = source != ReferralSource.S9 && random.nextInt(4) > 0;
        boolean overridden = !sought && random.nextInt(3) == 0;
        NewContact contact = new NewContact(children.get(0).id(), at, source, DemoContacts.referrer(source, random),
                DemoContacts.phone(source, random), DemoContacts.concern(random), sought,
                sought ? (random.nextInt(10) == 0 ? Consent.REFUSED : Consent.GIVEN) : Consent.NOT_SOUGHT,
                overridden, overridden ? "Seeking consent could place the child at greater risk." : null,
                RiskRating.values()[random.nextInt(RiskRating.values().length)]);
        List<ContactView> recorded = actors.as(worker, Role.FRONT_DOOR_WORKER, at, () -> frontDoor.recordTogether(
                contact, children.subList(1, children.size()).stream().map(PersonSummary::id).toList()));
        Instant decidedAt = at.plus(decisionDelay(random));
        if (random.nextInt(10) < 4) {
            askPartners(recorded.get(0), worker, at, decidedAt, now, random);
        }
        ThresholdDecision decision = decision(random, contact.risk());
        List<Optional<ReferralView>> referrals = new ArrayList<>();
        if (decidedAt.isAfter(now)) {
            return referrals;
        }
        for (ContactView c : recorded) {
            ContactView current = frontDoor.find(c.id()).orElseThrow();
            referrals.add(actors.as(frontTeam.manager(), Role.TEAM_MANAGER, decidedAt, () -> frontDoor.decide(c.id(),
                    current.version(), decision, DemoContacts.rationale(decision))));
            if (decision == ThresholdDecision.EARLY_HELP) {
                earlyHelp.follow(c.childId(), cast, now, random);
            }
        }
        return referrals;
    }

    private void askPartners(ContactView contact, String worker, Instant at, Instant decidedAt, Instant now,
            Random random) {
        int asked = 1 + random.nextInt(3);
        for (int i = 0; i < asked; i++) {
            PartnerAgency agency = List.of(PartnerAgency.POLICE, PartnerAgency.HEALTH, PartnerAgency.EDUCATION)
                    .get(i);
            Instant askedAt = at.plus(Duration.ofMinutes(20 + random.nextInt(60)));
            Instant answeredAt = askedAt.plus(Duration.ofMinutes(30 + random.nextInt(600)));
            if (askedAt.isAfter(now)) {
                return;
            }
            var request = actors.as(worker, Role.FRONT_DOOR_WORKER, askedAt, () -> partners.request(contact.id(),
                    agency, DemoContacts.partner(agency), "Any information held about the child and family?",
                    askedAt));
            if (!answeredAt.isAfter(now) && (random.nextInt(5) > 0 || answeredAt.isBefore(decidedAt))) {
                actors.as(worker, Role.FRONT_DOOR_WORKER, answeredAt, () -> partners.answer(request.id(),
                        request.version(), DemoContacts.partnerAnswer(agency, random), DemoContacts.partner(agency),
                        answeredAt));
            }
        }
    }

    private boolean strategy(ReferralView referral) {
        return frontDoor.find(referral.contactId()).map(c -> c.decision() == ThresholdDecision.STRATEGY_DISCUSSION)
                .orElse(false);
    }

    /** Most decisions within a working day; about one in eight later. */
    private static Duration decisionDelay(Random random) {
        int roll = random.nextInt(100);
        if (roll < 60) {
            return Duration.ofMinutes(30 + random.nextInt(6 * 60));
        }
        if (roll < 88) {
            return Duration.ofMinutes(6 * 60 + random.nextInt(16 * 60));
        }
        return Duration.ofHours(24 + random.nextInt(72));
    }

    private static ThresholdDecision decision(Random random, RiskRating risk) {
        int roll = random.nextInt(100) + (risk == RiskRating.HIGH ? 25 : risk == RiskRating.LOW ? -20 : 0);
        if (roll < 22) {
            return ThresholdDecision.NO_FURTHER_ACTION;
        }
        if (roll < 42) {
            return ThresholdDecision.INFORMATION_AND_ADVICE;
        }
        if (roll < 62) {
            return ThresholdDecision.EARLY_HELP;
        }
        return roll < 118 ? ThresholdDecision.REFERRAL : ThresholdDecision.STRATEGY_DISCUSSION;
    }

    static int poisson(Random random, double mean) {
        if (mean > 50) {
            return Math.max(0, (int) Math.round(mean + random.nextGaussian() * Math.sqrt(mean)));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
