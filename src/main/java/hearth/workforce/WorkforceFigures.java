package hearth.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;

/**
 * A team's (or the whole workforce's) figures on a date: establishment and vacancies, agency rate, turnover in the
 * last 12 months (leavers / average headcount), newly qualified share, absence and training missed.
 */
public record WorkforceFigures(String name, int headcount, BigDecimal fteInPost, BigDecimal fundedFte,
        BigDecimal vacancies, int agency, int leavers, double averageHeadcount, int newlyQualified,
        int absentNow, int sicknessDays, int trainingMissed) {

    /** Works the figures out from the workers ever in the team(s), as of {@code on}. */
    public static WorkforceFigures of(String name, Collection<WorkerProfile> workers, BigDecimal fundedFte,
            LocalDate on) {
        LocalDate yearAgo = on.minusMonths(12);
        int headcount = 0;
        int agency = 0;
        int newlyQualified = 0;
        int absentNow = 0;
        int sickness = 0;
        int missed = 0;
        int leavers = 0;
        int headcountYearAgo = 0;
        BigDecimal fte = BigDecimal.ZERO;
        for (WorkerProfile w : workers) {
            boolean inPost = inPostOn(w, on);
            if (inPostOn(w, yearAgo)) {
                headcountYearAgo++;
            }
            if (w.leftOn() != null && w.leftOn().isAfter(yearAgo) && !w.leftOn().isAfter(on)) {
                leavers++;
            }
            for (WorkerProfile.Training t : w.training()) {
                if (t.status() == TrainingStatus.MISSED && t.date().isAfter(yearAgo) && !t.date().isAfter(on)) {
                    missed++;
                }
            }
            for (WorkerProfile.Absence a : w.absences()) {
                if (a.kind() == AbsenceKind.SICKNESS) {
                    sickness += daysWithin(a, yearAgo.plusDays(1), on);
                }
            }
            if (!inPost) {
                continue;
            }
            headcount++;
            fte = fte.add(w.fte() == null ? BigDecimal.ONE : w.fte());
            if (w.agency()) {
                agency++;
            }
            if (w.newlyQualifiedOn(on)) {
                newlyQualified++;
            }
            if (awayOn(w, on)) {
                absentNow++;
            }
        }
        BigDecimal vacancies = fundedFte == null ? null : fundedFte.subtract(fte).max(BigDecimal.ZERO);
        return new WorkforceFigures(name, headcount, fte, fundedFte, vacancies, agency, leavers,
                (headcount + headcountYearAgo) / 2.0, newlyQualified, absentNow, sickness, missed);
    }

    static boolean inPostOn(WorkerProfile w, LocalDate date) {
        return (w.startedOn() == null || !w.startedOn().isAfter(date)) && (w.leftOn() == null || w.leftOn().isAfter(date));
    }

    static boolean awayOn(WorkerProfile w, LocalDate date) {
        if (w.absentFrom() != null && !w.absentFrom().isAfter(date)) {
            return true;
        }
        return w.absences().stream().anyMatch(a -> !a.from().isAfter(date) && (a.to() == null || !a.to().isBefore(date)));
    }

    static int daysWithin(WorkerProfile.Absence a, LocalDate from, LocalDate to) {
        LocalDate start = a.from().isBefore(from) ? from : a.from();
        LocalDate end = a.to() == null || a.to().isAfter(to) ? to : a.to();
        return end.isBefore(start) ? 0 : (int) (end.toEpochDay() - start.toEpochDay() + 1);
    }

    /** Agency workers as a percentage of headcount (0 when nobody is in post). */
    public int agencyPercent() {
        return percent(agency, headcount);
    }

    public int newlyQualifiedPercent() {
        return percent(newlyQualified, headcount);
    }

    /** Leavers in the last 12 months over the average of the headcount then and now, as a percentage. */
    public int turnoverPercent() {
        return averageHeadcount == 0 ? 0 : (int) Math.round(100.0 * leavers / averageHeadcount);
    }

    /** Vacancies as a percentage of the establishment, or null when the establishment is not set. */
    public Integer vacancyPercent() {
        if (fundedFte == null || fundedFte.signum() == 0) {
            return null;
        }
        return vacancies.multiply(BigDecimal.valueOf(100)).divide(fundedFte, 0, RoundingMode.HALF_UP).intValue();
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }
}
