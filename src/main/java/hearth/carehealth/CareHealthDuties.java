package hearth.carehealth;

import hearth.timescales.Due;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import hearth.work.Duties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Opens and satisfies the health and education obligations of a looked after child: the initial health assessment,
 * PEP and virtual school when care starts; the next review health assessment (6-monthly while the child will still be
 * under 5 when it falls due, otherwise yearly) and SDQ (yearly while the child is 4 to 16) from the actual date of
 * the last; and voids them all when the child ceases to be looked after.
 */
@Component
class CareHealthDuties {

    private final Duties duties;
    private final Obligations obligations;

    CareHealthDuties(Duties duties, Obligations obligations) {
        this.duties = duties;
        this.obligations = obligations;
    }

    void careStarted(UUID childId, LocalDate start, LocalDate dateOfBirth) {
        duties.open(childId, CareHealthTimescales.INITIAL_HEALTH_ASSESSMENT, start, "Became looked after");
        duties.open(childId, CareHealthTimescales.PEP, start, "Became looked after");
        duties.open(childId, CareHealthTimescales.VIRTUAL_SCHOOL, start, "Became looked after");
        openSdqIfDue(childId, start, dateOfBirth, "Became looked after");
    }

    void careEnded(UUID childId, String why) {
        for (ObligationView open : obligations.openFor(List.of(childId))) {
            if (CareHealthTimescales.ALL.contains(open.ruleId())) {
                obligations.voidObligation(open.id(), why);
            }
        }
    }

    /** What a new record means for the child's obligations. */
    void recorded(UUID childId, CareHealthKind kind, LocalDate date, LocalDate dateOfBirth) {
        if (kind.healthAssessment()) {
            boolean any = satisfyAll(childId, CareHealthTimescales.HEALTH_ASSESSMENT_RULES, date,
                    kind == CareHealthKind.INITIAL_HEALTH_ASSESSMENT ? "Initial health assessment"
                            : "Review health assessment");
            if (any || openUnder(childId, CareHealthTimescales.HEALTH_ASSESSMENT_RULES).isEmpty()) {
                duties.open(childId, nextReviewRule(date, dateOfBirth), date, "Health assessment");
            }
            if (openUnder(childId, List.of(CareHealthTimescales.SDQ)).isEmpty()) {
                openSdqIfDue(childId, date, dateOfBirth, "Health assessment");
            }
        } else if (kind == CareHealthKind.SDQ) {
            satisfyAll(childId, List.of(CareHealthTimescales.SDQ), date, "Strengths and difficulties questionnaire");
            if (openUnder(childId, List.of(CareHealthTimescales.SDQ)).isEmpty()) {
                openSdqIfDue(childId, date, dateOfBirth, "Strengths and difficulties questionnaire");
            }
        } else if (kind.pep()) {
            satisfyAll(childId, CareHealthTimescales.PEP_RULES, date, "Personal education plan meeting");
            if (openUnder(childId, List.of(CareHealthTimescales.PEP_REVIEW)).isEmpty()) {
                duties.open(childId, CareHealthTimescales.PEP_REVIEW, date, "Personal education plan meeting");
            }
        } else if (kind == CareHealthKind.SCHOOL_CHANGE) {
            if (openUnder(childId, List.of(CareHealthTimescales.PEP_AFTER_SCHOOL_CHANGE)).isEmpty()) {
                duties.open(childId, CareHealthTimescales.PEP_AFTER_SCHOOL_CHANGE, date, "Changed school");
            }
        } else if (kind == CareHealthKind.VIRTUAL_SCHOOL_INFORMED) {
            satisfyAll(childId, List.of(CareHealthTimescales.VIRTUAL_SCHOOL), date, "Virtual school informed");
        }
    }

    /** 6-monthly while the child will still be under 5 on the 6-month date, yearly from the fifth birthday. */
    static String nextReviewRule(LocalDate last, LocalDate dateOfBirth) {
        if (dateOfBirth != null && last.plusMonths(6).isBefore(dateOfBirth.plusYears(5))) {
            return CareHealthTimescales.REVIEW_UNDER_5;
        }
        return CareHealthTimescales.REVIEW_FROM_5;
    }

    /** An SDQ is due 12 months on when the child will then be aged 4 to 16. */
    static boolean sdqApplies(LocalDate from, LocalDate dateOfBirth) {
        if (dateOfBirth == null) {
            return false;
        }
        int age = Period.between(dateOfBirth, from.plusMonths(12)).getYears();
        return age >= 4 && age <= 16;
    }

    private void openSdqIfDue(UUID childId, LocalDate from, LocalDate dateOfBirth, String why) {
        if (sdqApplies(from, dateOfBirth)) {
            duties.open(childId, CareHealthTimescales.SDQ, from, why);
        }
    }

    private boolean satisfyAll(UUID childId, List<String> rules, LocalDate date, String event) {
        Instant metAt = date.atStartOfDay(Due.LONDON).toInstant();
        boolean any = false;
        for (ObligationView open : openUnder(childId, rules)) {
            if (!metAt.isBefore(open.startedAt())) {
                obligations.satisfy(open.id(), metAt, event);
                any = true;
            }
        }
        return any;
    }

    private List<ObligationView> openUnder(UUID childId, List<String> rules) {
        return obligations.openFor(List.of(childId)).stream().filter(o -> rules.contains(o.ruleId())).toList();
    }

    Optional<ObligationView> openObligation(UUID childId, String rule) {
        return openUnder(childId, List.of(rule)).stream().findFirst();
    }
}
