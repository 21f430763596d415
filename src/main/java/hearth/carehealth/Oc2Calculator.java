package hearth.carehealth;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Works out a child's OC2 outcomes for a year from their records and periods of care (reference returns.md, OC2 and
 * the validator rules 157 to 197): the year runs from the day after the previous 31 March to {@code yearEnd}.
 */
final class Oc2Calculator {

    private Oc2Calculator() {
    }

    record Span(LocalDate start, LocalDate end) {
    }

    static Oc2Outcomes outcomes(UUID childId, LocalDate yearEnd, LocalDate today, LocalDate dateOfBirth,
            List<Span> periods, List<CareHealthRecordView> records) {
        LocalDate yearStart = yearEnd.minusYears(1).plusDays(1);
        boolean eligible = periods.stream().anyMatch(p -> !p.start().isAfter(yearEnd.minusYears(1))
                && (p.end() == null || p.end().isAfter(yearEnd)));
        List<CareHealthRecordView> inYear = records.stream().filter(r -> !r.voided())
                .filter(r -> !r.date().isBefore(yearStart) && !r.date().isAfter(yearEnd))
                .sorted(Comparator.comparing(CareHealthRecordView::date).reversed()).toList();
        boolean sdqExpected = dateOfBirth != null && Period.between(dateOfBirth, yearEnd).getYears() >= 4
                && Period.between(dateOfBirth, yearStart).getYears() <= 16;
        CareHealthRecordView sdq = sdqExpected ? latest(inYear, CareHealthKind.SDQ) : null;
        boolean assessed = inYear.stream().anyMatch(r -> r.kind().healthAssessment());
        CareHealthRecordView immunisations = latest(inYear, CareHealthKind.IMMUNISATIONS);
        boolean teeth = latest(inYear, CareHealthKind.DENTAL_CHECK) != null;
        List<CareHealthRecordView> misuse = inYear.stream().filter(r -> r.kind() == CareHealthKind.SUBSTANCE_MISUSE)
                .filter(r -> r.outcome() == CareHealthOutcome.IDENTIFIED).toList();
        boolean identified = !misuse.isEmpty();
        Boolean offered = identified ? misuse.stream().anyMatch(r -> Boolean.TRUE.equals(r.interventionOffered())) : null;
        Boolean received = identified ? misuse.stream().anyMatch(r -> Boolean.TRUE.equals(r.interventionReceived())) : null;
        return new Oc2Outcomes(childId, yearEnd, eligible, sdqExpected, sdq == null ? null : sdq.score(),
                sdq == null ? null : sdq.date(), assessed,
                immunisations != null && immunisations.outcome() == CareHealthOutcome.UP_TO_DATE, teeth, identified,
                offered, received, convicted(inYear, dateOfBirth, yearEnd, today));
    }

    /**
     * CONVICTED: only for a child of 10 or over at the year end (rules 542, 543); yes if any record in the year says
     * convicted, no if the year's records all say not, null (blank) when nothing about it was recorded in the year.
     * In a year not yet over, a child still under 10 today has not been convicted so far (they are under the age of
     * criminal responsibility), so the answer is no without a record.
     */
    private static Boolean convicted(List<CareHealthRecordView> inYear, LocalDate dateOfBirth, LocalDate yearEnd,
            LocalDate today) {
        if (dateOfBirth == null
                || Period.between(dateOfBirth, yearEnd).getYears() < CareHealthKind.CONVICTION_MIN_AGE) {
            return null;
        }
        if (today.isBefore(yearEnd)
                && Period.between(dateOfBirth, today).getYears() < CareHealthKind.CONVICTION_MIN_AGE) {
            return false;
        }
        List<CareHealthRecordView> records = inYear.stream().filter(r -> r.kind() == CareHealthKind.CONVICTION)
                .toList();
        if (records.isEmpty()) {
            return null;
        }
        return records.stream().anyMatch(r -> r.outcome() == CareHealthOutcome.CONVICTED);
    }

    private static CareHealthRecordView latest(List<CareHealthRecordView> newestFirst, CareHealthKind kind) {
        return newestFirst.stream().filter(r -> r.kind() == kind).findFirst().orElse(null);
    }
}
