package hearth.demo;

import hearth.careleavers.AccommodationType;
import hearth.careleavers.Activity;
import hearth.careleavers.CareLeavers;
import hearth.careleavers.ContactMethod;
import hearth.careleavers.InTouch;
import hearth.careleavers.LeaverPathway;
import hearth.careleavers.LocalOffer;
import hearth.careleavers.NewBirthdayRecord;
import hearth.careleavers.NewLeaverContact;
import hearth.careleavers.PathwayStep;
import hearth.people.Disability;
import hearth.people.Ethnicity;
import hearth.people.People;
import hearth.people.PersonDetails;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.people.Sex;
import hearth.security.Role;
import hearth.workforce.TeamKind;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Care leavers in the demo authority: young people aged 16 to 24 whose care ended before Hearth (recorded from the
 * legacy system), each with a personal adviser from the leaving care team, a needs assessment and pathway plan
 * reviewed about every 6 months, contacts mostly within the local standard (a few drift out of touch), records around
 * each birthday from 17 to 21 (about 40% of 19 to 21 year olds NEET, as nationally), and local offer decisions by
 * two managers who do not always agree.
 */
@Component
class DemoCareLeavers {

    private static final String[] ENTITLEMENTS = {"SETTING_UP_HOME", "DRIVING_LESSONS", "COUNCIL_TAX", "HE_BURSARY",
        "LEISURE_PASS"};
    private static final AccommodationType[] ACCOMMODATION = {AccommodationType.U, AccommodationType.U,
        AccommodationType.U, AccommodationType.D, AccommodationType.D, AccommodationType.E, AccommodationType.B,
        AccommodationType.B, AccommodationType.K, AccommodationType.Y, AccommodationType.V, AccommodationType.S};
    private static final Activity[] EET = {Activity.F1, Activity.F2, Activity.F2, Activity.P2, Activity.F4,
        Activity.F4, Activity.P4, Activity.F5};
    private static final Activity[] NEET = {Activity.G4, Activity.G5, Activity.G5, Activity.G6};

    private final People people;
    private final CareLeavers careLeavers;
    private final LeaverPathway pathway;
    private final LocalOffer offer;
    private final DemoActors actors;

    DemoCareLeavers(People people, CareLeavers careLeavers, LeaverPathway pathway, LocalOffer offer,
            DemoActors actors) {
        this.people = people;
        this.careLeavers = careLeavers;
        this.pathway = pathway;
        this.offer = offer;
        this.actors = actors;
    }

    /** About one care leaver aged 16 to 24 for every 8 referrals a year (Reading: ~2,000 referrals, ~250 leavers). */
    int generate(LocalDate today, int referralsPerYear, DemoCast cast, Random random) {
        int count = Math.max(12, referralsPerYear / 8);
        for (int i = 0; i < count; i++) {
            youngPerson(today, cast.team(TeamKind.LEAVING_CARE, random), random, i);
        }
        return count;
    }

    private void youngPerson(LocalDate today, DemoCast.Team team, Random random, int index) {
        int age = 16 + random.nextInt(9);
        LocalDate dob = today.minusYears(age).minusDays(30 + random.nextInt(300));
        boolean girl = random.nextBoolean();
        boolean uasc = random.nextInt(100) < 8;
        PersonSummary child = people.register(PersonKind.CHILD, new PersonDetails(
                Names.pick(girl ? Names.GIRLS : Names.BOYS, random), null, Names.pick(Names.SURNAMES, random), dob,
                null, girl ? Sex.F : Sex.M, null, uasc ? Ethnicity.OOTH : Ethnicity.WBRI, uasc ? "Tigrinya" : "English",
                null, Set.of(Disability.NONE), DemoFamilies.nhs(random), null, uasc ? "Refugee status" : null, uasc));
        UUID id = child.id();
        LocalDate careFrom = uasc ? dob.plusYears(15).plusDays(random.nextInt(200))
                : dob.plusYears(13).plusDays(random.nextInt(500));
        LocalDate careTo = age < 18 ? dob.plusYears(16).plusDays(20 + random.nextInt(120))
                : dob.plusYears(18).minusDays(random.nextInt(200));
        if (!careTo.isBefore(today.minusDays(10))) {
            careTo = today.minusDays(10 + random.nextInt(20));
        }
        LocalDate ended = careTo;
        LocalDate from = latest(ended.plusDays(1), today.minusMonths(13).plusDays(random.nextInt(60)));
        String manager = team.manager();
        String adviser = index == 0 ? "pa.demo" : team.anyWorker(random);
        actors.as(manager, Role.TEAM_MANAGER, DemoCasework.at(from, 9), () -> {
            careLeavers.recordEarlierCare(id, careFrom, ended, random.nextInt(3) == 0 ? "V2" : "C2",
                    age < 18 ? "E5" : random.nextInt(4) == 0 ? "E17" : "E8");
            careLeavers.allocateAdviser(id, adviser, from, "Allocated from the leaving care team");
        });
        LocalDate assessed = from.plusDays(10 + random.nextInt(40));
        record(adviser, assessed, () -> pathway.record(id, PathwayStep.NEEDS_ASSESSMENT, assessed,
                "Needs assessment with the young person: housing, money, education and health"));
        LocalDate planned = assessed.plusDays(7 + random.nextInt(14));
        record(adviser, planned, () -> pathway.record(id, PathwayStep.PATHWAY_PLAN, planned,
                "Pathway plan agreed: where to live, education or work, support network"));
        for (LocalDate review = planned.plusDays(150 + random.nextInt(40)); review.isBefore(today);
                review = review.plusDays(150 + random.nextInt(40))) {
            LocalDate on = review;
            record(adviser, on, () -> pathway.record(id, PathwayStep.PLAN_REVIEW, on, "Pathway plan reviewed"));
        }
        boolean drifting = random.nextInt(100) < 8;
        LocalDate stopAt = drifting ? today.minusDays(70 + random.nextInt(40)) : today;
        for (LocalDate c = from.plusDays(20 + random.nextInt(20)); c.isBefore(stopAt); c = c.plusDays(28 + random.nextInt(30))) {
            LocalDate on = c;
            ContactMethod method = random.nextInt(3) == 0 ? ContactMethod.PHONE : ContactMethod.VISIT;
            record(adviser, on, () -> pathway.recordContact(id, new NewLeaverContact(on, true, method,
                    "Caught up on how things are going")));
        }
        if (drifting && random.nextBoolean()) {
            LocalDate tried = today.minusDays(1 + random.nextInt(5));
            record(adviser, tried, () -> pathway.recordContact(id, new NewLeaverContact(tried, false,
                    ContactMethod.PHONE, "No answer; messages not returned")));
        }
        birthdays(id, dob, from, today, adviser, drifting, random);
        circumstances(id, dob, age, uasc, adviser, today, random);
        localOffer(id, from, today, adviser, manager, random);
    }

    private void birthdays(UUID id, LocalDate dob, LocalDate from, LocalDate today, String adviser, boolean drifting,
            Random random) {
        for (int age = 17; age <= 21; age++) {
            LocalDate birthday = dob.plusYears(age);
            LocalDate on = birthday.plusDays(random.nextInt(30));
            if (on.isBefore(from) || on.isAfter(today)) {
                continue;
            }
            boolean inTouch = !drifting && random.nextInt(100) < 92;
            int neetChance = age >= 19 ? 40 : 25;
            Activity activity = random.nextInt(100) < neetChance ? NEET[random.nextInt(NEET.length)]
                    : EET[random.nextInt(EET.length)];
            AccommodationType accommodation = age >= 18 && age <= 20 && random.nextInt(100) < 12
                    ? AccommodationType.Z : ACCOMMODATION[random.nextInt(ACCOMMODATION.length)];
            NewBirthdayRecord record = new NewBirthdayRecord(age, inTouch ? InTouch.YES
                    : random.nextBoolean() ? InTouch.NO : InTouch.REFU, inTouch ? activity : null,
                    inTouch ? accommodation : null, random.nextInt(100) < 88, on);
            record(adviser, on, () -> careLeavers.recordBirthday(id, record));
        }
    }

    private void circumstances(UUID id, LocalDate dob, int age, boolean uasc, String adviser, LocalDate today, Random random) {
        boolean stayingPut = age >= 18 && age <= 20 && random.nextInt(100) < 12;
        boolean custody = random.nextInt(100) < 2;
        boolean parent = age >= 18 && random.nextInt(100) < 12;
        LocalDate changedOn = today.minusDays(random.nextInt(60));
        // only while still a care leaver then (past 21 that needs a request for support to 25)
        if ((stayingPut || custody || uasc || parent) && careLeavers.eligibilityOn(id, changedOn).category().careLeaver()) {
            LocalDate on = changedOn;
            long version = careLeavers.find(id).orElseThrow().version();
            record(adviser, on, () -> careLeavers.updateCircumstances(id, version, stayingPut, custody, uasc, parent));
        }
        LocalDate twentyFirst = dob.plusYears(21);
        if (age >= 21 && random.nextInt(100) < 40) {
            LocalDate on = today.minusDays(random.nextInt(120));
            if (!on.isBefore(twentyFirst)) {
                record(adviser, on, () -> careLeavers.requestSupportTo25(id, on));
                LocalDate assessed = on.plusDays(20 + random.nextInt(40));
                if (!assessed.isAfter(today)) {
                    record(adviser, assessed, () -> pathway.record(id, PathwayStep.NEEDS_ASSESSMENT, assessed,
                            "Needs assessment after asking for support at 21: money and a move to a new flat"));
                }
            }
        }
    }

    private void localOffer(UUID id, LocalDate from, LocalDate today, String adviser, String manager, Random random) {
        int requests = random.nextInt(100) < 60 ? 1 + random.nextInt(2) : 0;
        for (int i = 0; i < requests; i++) {
            String entitlement = ENTITLEMENTS[random.nextInt(ENTITLEMENTS.length)];
            LocalDate asked = latest(from, today.minusDays(20 + random.nextInt(300)));
            UUID[] request = new UUID[1];
            record(adviser, asked, () -> request[0] = offer.request(id, entitlement, asked,
                    "Asked for at a pathway review"));
            LocalDate decided = asked.plusDays(3 + random.nextInt(10));
            if (decided.isAfter(today)) {
                continue;
            }
            boolean service = random.nextBoolean();
            String decider = service ? "sm.care" : manager;
            boolean granted = random.nextInt(100) < (service ? 55 : 85);
            String reason = granted ? "Within the local offer" : random.nextBoolean()
                    ? "Not enough evidence of the cost" : "Already received this year";
            actors.as(decider, service ? Role.SERVICE_MANAGER : Role.TEAM_MANAGER, DemoCasework.at(decided, 15),
                    () -> offer.decide(request[0], 0, granted, reason, decided));
        }
    }

    private void record(String adviser, LocalDate on, Runnable work) {
        actors.as(adviser, Role.PERSONAL_ADVISER, DemoCasework.at(on, 11), work);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
