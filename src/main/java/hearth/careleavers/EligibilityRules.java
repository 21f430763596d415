package hearth.careleavers;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Works out a young person's care leaver status from their date of birth and periods of care (reference
 * timescales.md 1.8, CL0; CPPCR 2010 reg 40; CA 1989 Sch 2 para 19B, s23A, s23C, s24).
 *
 * <ul>
 * <li>Eligible: aged 16 or 17, looked after, and looked after for 13 weeks (91 days) in total in periods since the
 * 14th birthday, at least part of that time after the 16th birthday. Short breaks (V3, V4) do not count.</li>
 * <li>Relevant: aged 16 or 17, no longer looked after, and was eligible when they left.</li>
 * <li>Former relevant: aged 18 to 24 and was eligible or relevant before 18 (the duty to 21, and to 25 on request or
 * in education, CA 1989 s23C and s23CZB).</li>
 * <li>Qualifying: aged 16 to 20, looked after at some time after 16 but not eligible (or left care under a special
 * guardianship order), no longer looked after (CA 1989 s24).</li>
 * </ul>
 * A child adopted from care (E11, E12) is not a care leaver.
 */
public final class EligibilityRules {

    /** 13 weeks: CPPCR reg 40(1). */
    public static final int DAYS_REQUIRED = 91;

    private EligibilityRules() {
    }

    public static EligibilityStatus derive(LocalDate dateOfBirth, List<CarePeriod> periods, LocalDate on) {
        if (dateOfBirth == null) {
            return new EligibilityStatus(Eligibility.NONE, null, 0, false, 0);
        }
        int age = Period.between(dateOfBirth, on).getYears();
        List<CarePeriod> counted = periods.stream().filter(p -> !p.shortBreak() && !p.start().isAfter(on))
                .sorted(Comparator.comparing(CarePeriod::start)).toList();
        boolean lookedAfter = counted.stream().anyMatch(p -> p.end() == null || p.end().isAfter(on));
        LocalDate fourteenth = dateOfBirth.plusYears(14);
        LocalDate sixteenth = dateOfBirth.plusYears(16);
        LocalDate eighteenth = dateOfBirth.plusYears(18);
        LocalDate eligibleFrom = null;
        long days = 0;
        for (CarePeriod p : counted) {
            LocalDate from = p.start().isBefore(fourteenth) ? fourteenth : p.start();
            LocalDate until = p.end() == null || p.end().isAfter(on.plusDays(1)) ? on.plusDays(1) : p.end();
            if (until.isAfter(eighteenth)) {
                until = eighteenth;
            }
            if (!until.isAfter(from)) {
                continue;
            }
            long before = days;
            days += ChronoUnit.DAYS.between(from, until);
            if (eligibleFrom == null && days >= DAYS_REQUIRED && until.isAfter(sixteenth)) {
                LocalDate thirteenWeeks = from.plusDays(DAYS_REQUIRED - before - 1);
                LocalDate inCareAfter16 = from.isAfter(sixteenth) ? from : sixteenth;
                eligibleFrom = thirteenWeeks.isAfter(inCareAfter16) ? thirteenWeeks : inCareAfter16;
            }
        }
        boolean lastAdopted = !counted.isEmpty() && counted.get(counted.size() - 1).endedInAdoption() && !lookedAfter;
        boolean inCareAfter16 = counted.stream()
                .anyMatch(p -> (p.end() == null || p.end().isAfter(sixteenth)) && p.start().isBefore(eighteenth));
        boolean sgo = !counted.isEmpty() && counted.get(counted.size() - 1).endedInSpecialGuardianship();
        Eligibility category;
        if (lastAdopted || age < 16 || age >= 25) {
            category = Eligibility.NONE;
        } else if (eligibleFrom != null && age < 18) {
            category = lookedAfter ? Eligibility.ELIGIBLE : Eligibility.RELEVANT;
        } else if (eligibleFrom != null) {
            category = Eligibility.FORMER_RELEVANT;
        } else if (!lookedAfter && age < 21 && (inCareAfter16 || sgo)) {
            category = Eligibility.QUALIFYING;
        } else {
            category = Eligibility.NONE;
        }
        return new EligibilityStatus(category, eligibleFrom, days, lookedAfter, age);
    }
}
