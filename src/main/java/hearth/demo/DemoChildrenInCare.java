package hearth.demo;

import hearth.childrenincare.CareReviews;
import hearth.childrenincare.CategoryOfNeed;
import hearth.childrenincare.ChildrenInCare;
import hearth.childrenincare.LegalStatus;
import hearth.childrenincare.NewPlacement;
import hearth.childrenincare.Participation;
import hearth.childrenincare.PermanencePlan;
import hearth.childrenincare.PlacementChangeReason;
import hearth.childrenincare.PlacementProvider;
import hearth.childrenincare.PlacementType;
import hearth.childrenincare.ReasonCeased;
import hearth.childrenincare.SiblingArrangement;
import hearth.people.Disability;
import hearth.people.Ethnicity;
import hearth.people.People;
import hearth.people.PersonDetails;
import hearth.people.PersonKind;
import hearth.people.Sex;
import hearth.security.Role;
import hearth.timescales.WorkingDays;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Periods of care, recorded day by day by the social worker and the IRO: a child comes into care under an interim
 * care order (then a care order) from the court route; placements and moves at realistic rates (most children stay
 * put for a year or more, about one in ten moves three or more times); visits and reviews mostly on time, some late;
 * some children go home or to special guardians. Some children in need are accommodated under section 20 for a few
 * months, and some children were already in care before the generated history began.
 */
@Component
class DemoChildrenInCare implements DemoRunState {

    private static final String[] CARERS = {"Ann and Bob Foster", "Cedar Lodge", "The Patels", "Maple House",
        "Mr and Mrs Okafor", "Gran Wilson", "Oak Tree Fostering: the Hughes", "Willow Children's Home",
        "The Kowalskis", "Aunt Mary Green"};
    private static final String[] WORDS = {"\"I like my room.\"", "\"I miss my mum but it's OK here.\"",
        "\"Can I see my brother more?\"", "\"School is better now.\"", "\"I want to stay here.\"",
        "\"The food is nice.\""};

    private final ChildrenInCare care;
    private final CareReviews reviews;
    private final DemoActors actors;
    private final WorkingDays workingDays;
    private final People people;
    /** Whether a placement has been made short yet, so even a small demo has at least one move. */
    private boolean shortStayGiven;

    DemoChildrenInCare(ChildrenInCare care, CareReviews reviews, DemoActors actors, WorkingDays workingDays,
            People people) {
        this.people = people;
        this.care = care;
        this.reviews = reviews;
        this.actors = actors;
        this.workingDays = workingDays;
    }

    @Override
    public void newRun() {
        shortStayGiven = false;
    }

    /**
     * A child placed under an interim care order on {@code icoDate}; a care order follows on {@code careOrderOn}
     * (null while proceedings go on). Records the period up to {@code now}.
     */
    void fromCourt(UUID childId, LocalDate icoDate, LocalDate careOrderOn, String worker, Instant now) {
        Random random = own(childId);
        ReasonCeased reason = null;
        LocalDate ceaseOn = null;
        if (careOrderOn != null && random.nextInt(10) < 2) {
            ceaseOn = careOrderOn.plusMonths(6 + random.nextInt(12));
            reason = random.nextBoolean() ? ReasonCeased.E45 : ReasonCeased.E46;
        }
        live(childId, icoDate, LegalStatus.C1, CategoryOfNeed.N1, careOrderOn, LegalStatus.C2, ceaseOn, reason,
                worker, now, random);
    }

    /** A child in need accommodated under section 20 for a few months, then home as planned (most) or not. */
    void section20(UUID childId, LocalDate start, String worker, Instant now) {
        Random random = own(childId);
        LocalDate home = start.plusDays(30 + random.nextInt(180));
        live(childId, start, LegalStatus.V2, random.nextBoolean() ? CategoryOfNeed.N4 : CategoryOfNeed.N5, null, null,
                home, random.nextInt(10) < 8 ? ReasonCeased.E4A : ReasonCeased.E4B, worker, now, random);
    }

    /**
     * A child already in care before the generated history: a backdated period under a care order (or section 20),
     * still running today for most; a 17-year-old leaves care on reaching 18 (E8) if that falls before today.
     */
    void alreadyInCare(UUID childId, LocalDate dateOfBirth, String worker, Instant now) {
        Random random = own(childId);
        LocalDate today = LocalDate.ofInstant(now, hearth.platform.HearthClock.LONDON);
        LocalDate start = today.minusDays(90 + random.nextInt(360));
        if (dateOfBirth == null || !start.isAfter(dateOfBirth)) {
            return;
        }
        LocalDate eighteen = dateOfBirth.plusYears(18);
        boolean order = random.nextInt(10) < 7;
        live(childId, start, order ? LegalStatus.C2 : LegalStatus.V2, CategoryOfNeed.N1, null, null,
                eighteen.isAfter(start) && !eighteen.isAfter(today) ? eighteen : null, ReasonCeased.E8, worker, now,
                random);
    }

    /**
     * Young people who were in care at 16 or 17 and reached 18 within the last two years: their periods end on the
     * 18th birthday (E8, or E17 staying put with their foster carers), so the demo has care leavers.
     */
    Map<UUID, LocalDate> careLeavers(int count, Instant now, Random random) {
        LocalDate today = LocalDate.ofInstant(now, hearth.platform.HearthClock.LONDON);
        Map<UUID, LocalDate> cameIntoCare = new java.util.LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            boolean girl = random.nextBoolean();
            LocalDate dob = today.minusYears(18).minusDays(1 + random.nextInt(700));
            UUID id = people.register(PersonKind.CHILD, new PersonDetails(Names.pick(girl ? Names.GIRLS : Names.BOYS,
                    random), null, Names.pick(Names.SURNAMES, random), dob, null, girl ? Sex.F : Sex.M, null,
                    Ethnicity.WBRI, "English", null, Set.of(Disability.NONE), DemoFamilies.nhs(random), null, null,
                    false)).id();
            LocalDate start = dob.plusYears(16).plusDays(random.nextInt(500));
            live(id, start, random.nextBoolean() ? LegalStatus.C2 : LegalStatus.V2, CategoryOfNeed.N1, null, null,
                    dob.plusYears(18), random.nextInt(4) == 0 ? ReasonCeased.E17 : ReasonCeased.E8, "sw.demo", now,
                    own(id));
            cameIntoCare.put(id, start);
        }
        return cameIntoCare;
    }

    private void live(UUID childId, LocalDate start, LegalStatus status, CategoryOfNeed need, LocalDate changeOn,
            LegalStatus changeTo, LocalDate plannedCease, ReasonCeased plannedReason, String worker, Instant now,
            Random random) {
        if (!due(start, now) || care.periodsFor(childId).stream()
                .anyMatch(p -> p.isOpen() || !p.endDate().isBefore(start))) {
            return;
        }
        // nobody is looked after past their 18th birthday (DfE 903 rule 359): the period ends then if not before
        LocalDate born = people.find(childId).map(p -> p.dateOfBirth()).orElse(null);
        LocalDate eighteen = born == null ? null : born.plusYears(18);
        if (eighteen != null && !eighteen.isAfter(start)) {
            return;
        }
        boolean leavesAt18 = eighteen != null && (plannedCease == null || eighteen.isBefore(plannedCease));
        LocalDate ceaseOn = leavesAt18 ? eighteen : plannedCease;
        ReasonCeased reason = leavesAt18 ? ReasonCeased.E8 : plannedReason;
        UUID period = actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(start, 11),
                () -> care.becomeLookedAfter(childId, start, status, need)).id();
        boolean longTerm = changeTo == LegalStatus.C2 || status == LegalStatus.C2;
        place(period, start, null, longTerm, worker, now, random);
        LocalDate carePlan = workingDays.statutory().addWorkingDays(start, random.nextInt(10) < 8 ? 3 + random.nextInt(6)
                : 11 + random.nextInt(4));
        LocalDate nextVisit = start.plusDays(random.nextInt(10) < 9 ? 2 + random.nextInt(5) : 8 + random.nextInt(5));
        LocalDate nextReview = workingDays.statutory().addWorkingDays(start, random.nextInt(10) < 8
                ? 15 + random.nextInt(5) : 21 + random.nextInt(6));
        LocalDate nextMove = start.plusDays(firstStay(start, now, random));
        int reviewsHeld = 0;
        boolean planned = false;
        while (true) {
            LocalDate day = min(min(nextVisit, nextReview), min(nextMove, carePlan));
            if (changeOn != null && !changeOn.isAfter(day)) {
                day = changeOn;
            }
            if (ceaseOn != null && !ceaseOn.isAfter(day)) {
                day = ceaseOn;
            }
            if (!due(day, now)) {
                return;
            }
            final LocalDate on = day;
            if (ceaseOn != null && day.equals(ceaseOn)) {
                actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(on, 15),
                        () -> care.cease(period, care.find(period).orElseThrow().version(), on, reason));
                return;
            }
            if (changeOn != null && day.equals(changeOn)) {
                actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(on, 14), () -> care.changeLegalStatus(
                        period, care.find(period).orElseThrow().version(), on, changeTo));
                changeOn = null;
            } else if (day.equals(carePlan)) {
                boolean withPermanence = planned;
                actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(on, 12), () -> reviews.recordCarePlan(period,
                        on, withPermanence ? (longTerm ? PermanencePlan.LONG_TERM_FOSTERING : PermanencePlan.RETURN_HOME)
                                : null, withPermanence ? "Care plan revised with the permanence plan."
                                : "Care plan: placement, health, education and contact with family."));
                carePlan = LocalDate.MAX;
            } else if (day.equals(nextMove)) {
                List<PlacementChangeReason> reasons = reasonsFor(born, on);
                place(period, on, reasons.get(random.nextInt(reasons.size())),
                        longTerm && random.nextBoolean(), worker, now, random);
                nextMove = on.plusDays(stay(random));
                nextVisit = on.plusDays(random.nextInt(10) < 9 ? 1 + random.nextInt(6) : 8 + random.nextInt(4));
            } else if (day.equals(nextVisit)) {
                actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(on, 16), () -> reviews.recordVisit(period, on,
                        true, random.nextInt(10) < 8, WORDS[random.nextInt(WORDS.length)]));
                nextVisit = on.plusDays(random.nextInt(10) < 9 ? 28 + random.nextInt(14) : 43 + random.nextInt(10));
            } else {
                // PN0 for a child under 4 on the day, otherwise how they took part (DfE rules 440, 441)
                Participation took = Participation.values()[1 + random.nextInt(7)];
                Participation participation = born != null && Participation.PN0.fits(born, on) ? Participation.PN0 : took;
                actors.as(DemoChildProtection.CHAIR, Role.CONFERENCE_CHAIR_IRO, DemoAssessments.at(on, 10),
                        () -> reviews.recordReview(period, on, participation,
                                WORDS[random.nextInt(WORDS.length)], "Placement, health, school and family time.",
                                "Placement to continue; family time as planned."));
                reviewsHeld++;
                if (reviewsHeld == 1) {
                    planned = true;
                    carePlan = on.plusWeeks(4 + random.nextInt(6));
                }
                boolean late = random.nextInt(10) == 0;
                nextReview = reviewsHeld == 1 ? on.plusMonths(3).minusDays(late ? -7 : random.nextInt(10))
                        : on.plusMonths(6).minusDays(late ? -10 : random.nextInt(20));
            }
        }
    }

    private void place(UUID period, LocalDate on, PlacementChangeReason reason, boolean until18, String worker,
            Instant now, Random random) {
        String carer = CARERS[random.nextInt(CARERS.length)];
        DemoProviders.Home home = DemoProviders.HOMES.get(carer);
        boolean farDrawn = random.nextInt(10) == 0;
        boolean emergency = reason == null && random.nextInt(3) == 0;
        String carersPostcode = farDrawn ? "SL" + (1 + random.nextInt(9)) + " 1AB"
                : pick(DemoProviders.READING_DISTRICTS, random) + " " + (1 + random.nextInt(9)) + "QT";
        String homePostcode = pick(DemoProviders.READING_DISTRICTS, random) + " 4HN";
        if (home != null) {
            random.nextInt(899_999); // the draw a home's URN once took, so the rest of the history stays as it was
        }
        // a children's home is where it is, under its own URN; the authority's foster carers come under its fostering
        // service's URN (DfE rule 218), wherever they live
        boolean far = home != null ? home.outOfArea() : farDrawn;
        NewPlacement placement = new NewPlacement(on, carer, home != null ? PlacementType.K2 : PlacementType.U6,
                home != null ? PlacementProvider.PR4 : PlacementProvider.PR1,
                home != null ? home.postcode() : carersPostcode, homePostcode,
                home != null ? home.urn() : DemoProviders.FOSTERING_SERVICE_URN,
                BigDecimal.valueOf(far ? 25 + random.nextInt(60) : 1 + random.nextInt(15)), far,
                far ? "Director of Children's Services" : null, far ? on : null,
                SiblingArrangement.NO_SIBLINGS_IN_CARE, null, emergency, until18, reason);
        actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(on, 13),
                () -> care.recordPlacement(period, care.find(period).orElseThrow().version(), placement));
        if (emergency) {
            LocalDate done = workingDays.statutory().addWorkingDays(on, 2 + random.nextInt(5));
            if (due(done, now)) {
                var placements = care.placementsOf(period);
                var last = placements.get(placements.size() - 1);
                actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(done, 12),
                        () -> reviews.recordPlacementFollowUp(last.id(), last.version(), done, done));
            }
        }
    }

    private static String pick(List<String> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    /** Reasons for a placement change that fit the child's age on the day: custody not under 10 (DfE rule 234). */
    private static List<PlacementChangeReason> reasonsFor(LocalDate born, LocalDate on) {
        boolean underTen = born != null && java.time.Period.between(born, on).getYears() < 10;
        return java.util.Arrays.stream(PlacementChangeReason.values())
                .filter(r -> !(underTen && r == PlacementChangeReason.CUSTOD)).toList();
    }

    /** The first placement's stay: the first one begun 90 days or more ago is short, so the demo has a move. */
    private int firstStay(LocalDate start, Instant now, Random random) {
        if (!shortStayGiven && due(start.plusDays(90), now)) {
            shortStayGiven = true;
            return 20 + random.nextInt(60);
        }
        return stay(random);
    }

    /** How long a placement lasts: most a year or more, some months, a few weeks (about one in ten moves 3+ a year). */
    private static int stay(Random random) {
        int r = random.nextInt(100);
        return r < 70 ? 365 + random.nextInt(700) : r < 88 ? 120 + random.nextInt(240) : 20 + random.nextInt(70);
    }

    /** Each child's own random numbers, so the other journeys' sequences are left as they were. */
    private static Random own(UUID childId) {
        return new Random(childId.getLeastSignificantBits() ^ childId.getMostSignificantBits());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static boolean due(LocalDate day, Instant now) {
        return !DemoAssessments.at(day, 16).isAfter(now);
    }
}
