package hearth.demo;

import hearth.carehealth.CareHealth;
import hearth.carehealth.CareHealthKind;
import hearth.carehealth.CareHealthOutcome;
import hearth.carehealth.CareHealthSummary;
import hearth.carehealth.DueItem;
import hearth.carehealth.NewCareHealthRecord;
import hearth.people.People;
import hearth.security.Role;
import hearth.workforce.AllocationView;
import hearth.workforce.Workforce;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Health and education for the children the health context knows are looked after, as their allocated worker records
 * them: the virtual school told, the initial health assessment, PEPs and their termly reviews, review health
 * assessments (with dental checks and immunisations) and SDQs, mostly on time and some late, and for children of 10
 * or over in care a year or more whether they were convicted or cautioned each year. Makes nothing when no child is
 * in care.
 */
@Component
class DemoCareHealth {

    private static final int MAX_STEPS = 60;
    private static final List<String> DOCTORS = List.of("Dr Amina Shah, paediatrician", "Dr Tom Reed, GP",
            "Looked after children nurse, Grace Obi", "Dr Helen Marsh, community paediatrician");

    private final CareHealth careHealth;
    private final Workforce workforce;
    private final DemoActors actors;
    private final People people;

    DemoCareHealth(CareHealth careHealth, Workforce workforce, DemoActors actors, People people) {
        this.careHealth = careHealth;
        this.people = people;
        this.workforce = workforce;
        this.actors = actors;
    }

    /** Records each looked after child's health and education from when they came into care up to {@code today}. */
    int follow(LocalDate today, Random random) {
        int made = 0;
        long seed = random.nextLong();
        for (UUID childId : careHealth.lookedAfterNow()) {
            String worker = workforce.currentAllocation(childId).map(AllocationView::workerUsername).orElse(null);
            if (worker != null) {
                // each child's own numbers, so one child's record does not depend on how many others are in care
                made += child(childId, worker, today, new Random(seed ^ childId.getLeastSignificantBits()));
                made += convictions(childId, worker, today, new Random(seed ^ childId.getMostSignificantBits()));
            }
        }
        return made;
    }

    private int child(UUID childId, String worker, LocalDate today, Random random) {
        int made = 0;
        for (int step = 0; step < MAX_STEPS; step++) {
            CareHealthSummary summary = careHealth.summaryFor(childId);
            Optional<DueItem> next = summary.due().stream().min(Comparator.comparing(DueItem::dueDate));
            if (next.isEmpty()) {
                return made;
            }
            DueItem item = next.get();
            LocalDate on = planned(item, summary.lookedAfterSince(), random);
            if (on.isAfter(today)) {
                return made;
            }
            record(childId, worker, item.metBy(), on, random);
            made++;
            if (item.metBy().healthAssessment()) {
                record(childId, worker, CareHealthKind.IMMUNISATIONS, on, random);
                LocalDate dentist = on.plusDays(random.nextInt(21));
                if (random.nextInt(10) < 8 && !dentist.isAfter(today)) {
                    record(childId, worker, CareHealthKind.DENTAL_CHECK, dentist, random);
                }
            }
        }
        return made;
    }

    /**
     * Whether the child was convicted or cautioned, once in each of the last few years (to 31 March) in which they were
     * 10 or over at the year end and had been looked after for the 12 months before it (the SSDA903 OC2 cohort): a
     * few were, most were not. Dated between the year's start (or the 10th birthday) and the year end or today.
     */
    private int convictions(UUID childId, String worker, LocalDate today, Random random) {
        CareHealthSummary summary = careHealth.summaryFor(childId);
        LocalDate dob = people.find(childId).map(p -> p.dateOfBirth()).orElse(null);
        if (dob == null || summary.lookedAfterSince() == null) {
            return 0;
        }
        int made = 0;
        int lastYear = today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear();
        for (int year = lastYear - 2; year <= lastYear; year++) {
            LocalDate yearEnd = LocalDate.of(year, 3, 31);
            LocalDate from = max(yearEnd.minusYears(1).plusDays(1), dob.plusYears(CareHealthKind.CONVICTION_MIN_AGE));
            LocalDate to = yearEnd.isAfter(today) ? today : yearEnd;
            if (summary.lookedAfterSince().isAfter(yearEnd.minusYears(1)) || from.isAfter(to)) {
                continue;
            }
            LocalDate on = from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
            CareHealthOutcome outcome = random.nextInt(8) == 0 ? CareHealthOutcome.CONVICTED
                    : CareHealthOutcome.NOT_CONVICTED;
            NewCareHealthRecord record = new NewCareHealthRecord(CareHealthKind.CONVICTION, on, "Youth justice service",
                    null, outcome, outcome == CareHealthOutcome.CONVICTED
                            ? "Youth caution for criminal damage." : null, null, null);
            actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(on, 14), () -> careHealth.record(childId, record));
            made++;
        }
        return made;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Mostly a little before the due date, about one in seven late. */
    private static LocalDate planned(DueItem item, LocalDate since, Random random) {
        LocalDate on = random.nextInt(7) == 0 ? item.dueDate().plusDays(3 + random.nextInt(35))
                : item.dueDate().minusDays(random.nextInt(item.dueDate().isAfter(since.plusDays(20)) ? 15 : 2));
        return on.isBefore(since) ? since : on;
    }

    private void record(UUID childId, String worker, CareHealthKind kind, LocalDate on, Random random) {
        String by = switch (kind) {
            case INITIAL_HEALTH_ASSESSMENT, REVIEW_HEALTH_ASSESSMENT, IMMUNISATIONS -> DOCTORS.get(random.nextInt(DOCTORS.size()));
            case DENTAL_CHECK -> "Riverside Dental Practice";
            case SDQ -> "Foster carer";
            case VIRTUAL_SCHOOL_INFORMED -> "Virtual school head";
            default -> "Designated teacher";
        };
        NewCareHealthRecord record = switch (kind) {
            case SDQ -> new NewCareHealthRecord(kind, on, by, 4 + random.nextInt(22), null, null, null, null);
            case IMMUNISATIONS -> new NewCareHealthRecord(kind, on, by, null, random.nextInt(10) < 9
                    ? CareHealthOutcome.UP_TO_DATE : CareHealthOutcome.NOT_UP_TO_DATE, null, null, null);
            default -> NewCareHealthRecord.of(kind, on, by);
        };
        actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(on, 14), () -> careHealth.record(childId, record));
    }
}
