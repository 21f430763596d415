package hearth.demo;

import hearth.adoption.AdopterDetails;
import hearth.adoption.AdopterDisability;
import hearth.adoption.AdopterGender;
import hearth.adoption.AdopterLegalStatus;
import hearth.adoption.AdopterPerson;
import hearth.adoption.AdopterStage;
import hearth.adoption.AdopterView;
import hearth.adoption.ProspectiveAdopters;
import hearth.fostering.FosterCarers;
import hearth.fostering.HouseholdRecordKind;
import hearth.fostering.HouseholdStage;
import hearth.fostering.HouseholdView;
import hearth.people.Ethnicity;
import hearth.security.Role;
import java.time.LocalDate;
import java.util.Random;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The authority's foster carer households and prospective adopters, each recorded step by step on the day it
 * happened by the fostering and adoption service's manager: enquiries, assessments, panel and approval with annual
 * reviews (the first to panel), support visits and training, and some who leave; adopters through stages 1 and 2 to
 * approval, some leaving. About one household for every ten referrals a year (Reading: around 150 fostering
 * households, 2,000 referrals) and one adopter family for every forty.
 */
@Component
class DemoFosteringAndAdopters {

    private static final String MANAGER = "tm.demo";
    private static final String[] SURNAMES = {"Adeyemi", "Brennan", "Chowdhury", "Davies", "Evans", "Fraser", "Gill",
            "Hughes", "Iqbal", "Jones", "Kowalski", "Lewis", "Morris", "Nolan", "Okafor", "Patel", "Quinn", "Reid"};
    private static final String[] STREETS = {"Oxford Road", "Basingstoke Road", "London Road", "Caversham Road",
            "Wokingham Road", "Bath Road", "Southcote Lane", "Northumberland Avenue"};

    private final FosterCarers carers;
    private final ProspectiveAdopters adopters;
    private final DemoActors actors;

    DemoFosteringAndAdopters(FosterCarers carers, ProspectiveAdopters adopters, DemoActors actors) {
        this.carers = carers;
        this.adopters = adopters;
        this.actors = actors;
    }

    void run(LocalDate today, int referralsPerYear, Random random, Consumer<String> progress) {
        int households = Math.max(6, referralsPerYear / 10);
        for (int i = 0; i < households; i++) {
            household(today, random);
        }
        int families = Math.max(2, referralsPerYear / 40);
        for (int i = 0; i < families; i++) {
            adopter(today, random);
        }
        progress.accept("  " + households + " foster carer households, " + families + " prospective adopters");
    }

    private void household(LocalDate today, Random random) {
        LocalDate enquiry = today.minusDays(30 + random.nextInt(5 * 365));
        String name = "The " + SURNAMES[random.nextInt(SURNAMES.length)] + " household";
        String address = (1 + random.nextInt(180)) + " " + STREETS[random.nextInt(STREETS.length)] + ", Reading";
        HouseholdView h = as(enquiry, () -> carers.enquire(name, address, enquiry));
        LocalDate assessment = enquiry.plusDays(20 + random.nextInt(40));
        if (random.nextInt(10) < 2 || assessment.isAfter(today)) {
            return;
        }
        h = step(h, HouseholdStage.ASSESSMENT, assessment, null, null, null);
        LocalDate panel = assessment.plusDays(110 + random.nextInt(90));
        if (random.nextInt(10) == 0 && panel.isBefore(today)) {
            step(h, HouseholdStage.LEFT, panel.minusDays(30), null, null, "Withdrew during assessment: family circumstances changed");
            return;
        }
        if (panel.isAfter(today)) {
            return;
        }
        h = step(h, HouseholdStage.PANEL, panel, null, null, null);
        LocalDate approved = panel.plusDays(7 + random.nextInt(21));
        if (approved.isAfter(today)) {
            return;
        }
        int places = 1 + random.nextInt(3);
        h = step(h, HouseholdStage.APPROVED, approved, "Up to " + places + " children aged 0 to 18, short and long term",
                places, null);
        java.util.UUID id = h.id();
        LocalDate review = approved.plusDays(330 + random.nextInt(60));
        boolean first = true;
        while (!review.isAfter(today)) {
            boolean toPanel = first;
            LocalDate on = review;
            as(on, () -> carers.record(id, HouseholdRecordKind.ANNUAL_REVIEW, on, "Annual review of approval",
                    toPanel));
            first = false;
            review = review.plusDays(330 + random.nextInt(60));
        }
        LocalDate support = approved.plusDays(20 + random.nextInt(60));
        for (int i = 0; i < 3 && !support.isAfter(today); i++) {
            LocalDate on = support;
            HouseholdRecordKind kind = random.nextBoolean() ? HouseholdRecordKind.SUPPORT_VISIT
                    : HouseholdRecordKind.TRAINING;
            as(on, () -> carers.record(id, kind, on, kind == HouseholdRecordKind.TRAINING
                    ? "Attended safer caring training" : "Supervising social worker's support visit", false));
            support = support.plusDays(60 + random.nextInt(90));
        }
    }

    private HouseholdView step(HouseholdView h, HouseholdStage to, LocalDate on, String terms, Integer places,
            String reason) {
        return as(on, () -> carers.advance(h.id(), h.version(), to, on, terms, places, reason));
    }

    private void adopter(LocalDate today, Random random) {
        LocalDate enquiry = today.minusDays(30 + random.nextInt(3 * 365));
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + " family";
        AdopterDetails who = who(new Random(name.hashCode() * 31L + enquiry.toEpochDay()));
        AdopterView a = as(enquiry, () -> adopters.enquire(name, enquiry, who));
        LocalDate on = enquiry;
        AdopterStage[] stages = {AdopterStage.STAGE_ONE, AdopterStage.STAGE_TWO, AdopterStage.APPROVED};
        int[] gaps = {20, 60, 110};
        for (int i = 0; i < stages.length; i++) {
            on = on.plusDays(gaps[i] + random.nextInt(40));
            if (on.isAfter(today)) {
                return;
            }
            if (random.nextInt(10) == 0) {
                LocalDate left = on;
                AdopterView current = a;
                as(left, () -> adopters.advance(current.id(), current.version(), AdopterStage.LEFT, left,
                        "Decided not to continue with adoption at this time"));
                return;
            }
            LocalDate day = on;
            AdopterView current = a;
            AdopterStage to = stages[i];
            a = as(day, () -> adopters.advance(current.id(), current.version(), to, day, null));
        }
    }

    /**
     * Who is adopting, from its own random numbers so the rest of the demo is as before: mostly couples (married,
     * civil partners or neither, of different or the same sex), some single adopters; now and then a disability.
     */
    private static AdopterDetails who(Random random) {
        AdopterGender first = random.nextInt(4) == 0 ? AdopterGender.MALE : AdopterGender.FEMALE;
        if (random.nextInt(5) == 0) {
            return new AdopterDetails(1, AdopterLegalStatus.L0, person(first, random), null);
        }
        boolean same = random.nextInt(4) == 0;
        AdopterGender second = same ? first : first == AdopterGender.MALE ? AdopterGender.FEMALE : AdopterGender.MALE;
        AdopterLegalStatus[] statuses = same ? new AdopterLegalStatus[] {AdopterLegalStatus.L12, AdopterLegalStatus.L2,
                AdopterLegalStatus.L4} : new AdopterLegalStatus[] {AdopterLegalStatus.L11, AdopterLegalStatus.L11,
                AdopterLegalStatus.L2, AdopterLegalStatus.L3};
        return new AdopterDetails(2, statuses[random.nextInt(statuses.length)], person(first, random),
                person(second, random));
    }

    private static AdopterPerson person(AdopterGender gender, Random random) {
        Ethnicity[] common = {Ethnicity.WBRI, Ethnicity.WBRI, Ethnicity.WBRI, Ethnicity.WOTH, Ethnicity.AIND,
                Ethnicity.APKN, Ethnicity.BAFR, Ethnicity.BCRB, Ethnicity.MWBC, Ethnicity.CHNE};
        return new AdopterPerson(gender, common[random.nextInt(common.length)],
                random.nextInt(10) == 0 ? AdopterDisability.YES : AdopterDisability.NO);
    }

    private <T> T as(LocalDate day, java.util.function.Supplier<T> work) {
        return actors.as(MANAGER, Role.TEAM_MANAGER, DemoCarers.at(day), work);
    }
}
