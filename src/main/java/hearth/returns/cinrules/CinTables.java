package hearth.returns.cinrules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A CIN census file flattened into the tables the DfE rules are written against (the same tables and column names as
 * the D2I validator): one list per module, each row keyed by the child's LA ID and, below the child, by its episode
 * ({@code cinDetailsId}), assessment or plan.
 */
public record CinTables(Header header, List<ChildIdentifiers> childIdentifiers,
        List<ChildCharacteristics> childCharacteristics, List<Disability> disabilities, List<CinDetails> cinDetails,
        List<Assessment> assessments, List<AssessmentFactor> assessmentFactors, List<CinPlanDates> cinPlanDates,
        List<Section47> section47, List<ChildProtectionPlan> childProtectionPlans, List<Review> reviews) {

    /** Collection, Year (the year the census ends) and ReferenceDate (31 March), as written. */
    public record Header(String collection, String year, String referenceDateText, LocalDate referenceDate) {
    }

    public record ChildIdentifiers(String laChildId, String upn, String formerUpn, String upnUnknown,
            LocalDate birthDate, LocalDate expectedBirthDate, String sex, LocalDate deathDate) {

        public boolean unborn() {
            return birthDate == null && expectedBirthDate != null;
        }
    }

    public record ChildCharacteristics(String laChildId, String ethnicity) {
    }

    public record Disability(String laChildId, String code) {
    }

    /** One episode of need; {@code referralNfa} is kept as written (0, 1, true, false or anything else). */
    public record CinDetails(String laChildId, int cinDetailsId, LocalDate referralDate, String referralSource,
            String primaryNeedCode, LocalDate closureDate, String reasonForClosure, LocalDate dateOfInitialCpc,
            String referralNfa) {

        public boolean nfa() {
            return "1".equals(referralNfa) || "true".equalsIgnoreCase(referralNfa);
        }
    }

    public record Assessment(String laChildId, int cinDetailsId, int assessmentId, LocalDate startDate,
            LocalDate internalReviewDate, LocalDate authorisationDate) {
    }

    public record AssessmentFactor(String laChildId, int cinDetailsId, int assessmentId, String factor) {
    }

    public record CinPlanDates(String laChildId, int cinDetailsId, LocalDate startDate, LocalDate endDate) {
    }

    public record Section47(String laChildId, int cinDetailsId, LocalDate startDate, LocalDate initialCpcTarget,
            LocalDate dateOfInitialCpc, String icpcNotRequired) {

        public boolean icpcNotNeeded() {
            return "1".equals(icpcNotRequired) || "true".equalsIgnoreCase(icpcNotRequired);
        }
    }

    public record ChildProtectionPlan(String laChildId, int cinDetailsId, int cppId, LocalDate startDate,
            LocalDate endDate, String initialCategory, String latestCategory, String numberOfPreviousCpp) {
    }

    /** A CPP review; {@code reviewDate} is null when the element was empty or not a date. */
    public record Review(String laChildId, int cinDetailsId, int cppId, LocalDate reviewDate) {
    }

    /** The last day of the census year (31 March): the header's reference date, or 31 March of its year. */
    public LocalDate censusEnd() {
        if (header.referenceDate() != null) {
            return header.referenceDate();
        }
        try {
            return LocalDate.of(Integer.parseInt(header.year().trim()), 3, 31);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The first day of the census year (1 April the year before). */
    public LocalDate censusStart() {
        LocalDate end = censusEnd();
        return end == null ? null : end.minusYears(1).plusDays(1);
    }

    /** True when the date is within the census year; false when missing or the year is unknown. */
    public boolean inCensusYear(LocalDate date) {
        LocalDate end = censusEnd();
        return date != null && end != null && !date.isBefore(censusStart()) && !date.isAfter(end);
    }

    public Map<String, ChildIdentifiers> childrenById() {
        return childIdentifiers.stream().filter(c -> c.laChildId() != null)
                .collect(Collectors.toMap(ChildIdentifiers::laChildId, c -> c, (a, b) -> a));
    }

    /** The episode a row belongs to. */
    public CinDetails episode(String laChildId, int cinDetailsId) {
        return cinDetails.stream().filter(d -> d.cinDetailsId() == cinDetailsId && eq(d.laChildId(), laChildId))
                .findFirst().orElse(null);
    }

    static boolean eq(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
