package hearth.returns.ssda903;

import hearth.childrenincare.CareEpisode;
import hearth.childrenincare.CareReviewView;
import hearth.missing.MissingEpisodeView;
import hearth.people.PersonSummary;
import hearth.timescales.Due;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The SSDA903 tables about the child and their care: header, episodes, uasc, reviews and missing. Episodes that ended
 * after the year end are written as still open (no DEC, REC or reason for the placement change), as the return is a
 * picture at 31 March.
 */
final class SsdaChildRows {

    private SsdaChildRows() {
    }

    /**
     * One row per child in the return: every child looked after in the year, and the care leavers in OC3 who were
     * not (the DfE validator needs every OC3 child in the header). MOTHER and MC_DOB: see {@link #mother}.
     */
    static List<List<String>> header(SsdaCohort cohort, Map<UUID, PersonSummary> leavers,
            Map<UUID, LocalDate> firstChildBorn) {
        Map<UUID, PersonSummary> all = new java.util.LinkedHashMap<>(cohort.children());
        leavers.values().stream().filter(p -> !all.containsKey(p.id()))
                .sorted(java.util.Comparator.comparing(PersonSummary::laChildId,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .forEach(p -> all.put(p.id(), p));
        List<List<String>> rows = new ArrayList<>();
        all.forEach((id, p) -> rows.add(row(p.laChildId(), p.sex() == null ? "U" : p.sex().name(),
                SsdaCsv.date(p.dateOfBirth()), p.ethnicity() == null ? "NOBT" : p.ethnicity().name(),
                upn(cohort, id, p), mother(cohort, id, p, firstChildBorn.get(id)),
                SsdaCsv.date(motherOf(cohort, id, p, firstChildBorn.get(id))))));
        return rows;
    }

    /**
     * MOTHER for a girl or young woman looked after in the year other than only on short breaks (V3, V4): 1 when she
     * is recorded (hearth.people relationships) as the mother of a child born by the year end or the day she left
     * care, otherwise 0; blank for everyone else (boys, care leavers not looked after in the year, short breaks).
     */
    static String mother(SsdaCohort cohort, UUID id, PersonSummary p, LocalDate firstChildBorn) {
        if (p.sex() != hearth.people.Sex.F || !cohort.children().containsKey(id)
                || cohort.episodes().get(id).stream().allMatch(e -> "V3".equals(e.ls()) || "V4".equals(e.ls()))) {
            return "";
        }
        return motherOf(cohort, id, p, firstChildBorn) != null ? "1" : "0";
    }

    /** MC_DOB: the first child's date of birth when MOTHER is 1. */
    static LocalDate motherOf(SsdaCohort cohort, UUID id, PersonSummary p, LocalDate firstChildBorn) {
        if (firstChildBorn == null || p.sex() != hearth.people.Sex.F || !cohort.children().containsKey(id)) {
            return null;
        }
        LocalDate careEnd = cohort.careEnd(id);
        LocalDate last = careEnd == null ? cohort.year().to() : careEnd;
        return firstChildBorn.isAfter(last) ? null : firstChildBorn;
    }

    /**
     * The UPN, or the DfE code for why it is not known (rule 168): UN1 under school age at the year end, UN4 looked
     * after for under a week at the year end, otherwise UN5 (the sources that would hold it were not available).
     */
    static String upn(SsdaCohort cohort, UUID id, PersonSummary p) {
        if (p.upn() != null && !p.upn().isBlank()) {
            return p.upn();
        }
        LocalDate yearEnd = cohort.year().to();
        if (p.dateOfBirth() != null && Period.between(p.dateOfBirth(), yearEnd).getYears() < 5) {
            return "UN1";
        }
        if (cohort.children().containsKey(id) && cohort.lookedAfterAtYearEnd(id)
                && cohort.periodStartAtYearEnd(id).isAfter(yearEnd.minusDays(7))) {
            return "UN4";
        }
        return "UN5";
    }

    static List<List<String>> episodes(SsdaCohort cohort) {
        LocalDate yearEnd = cohort.year().to();
        List<List<String>> rows = new ArrayList<>();
        cohort.episodes().forEach((id, list) -> {
            for (CareEpisode e : list) {
                boolean endedInYear = e.dec() != null && !e.dec().isAfter(yearEnd);
                rows.add(row(cohort.child(id), SsdaCsv.date(e.decom()), e.rne(), e.ls(), e.cin(), e.place(),
                        e.placeProvider(), endedInYear ? SsdaCsv.date(e.dec()) : "", endedInYear ? e.rec() : "",
                        endedInYear ? e.reasonPlaceChange() : "", e.homePost(), e.plPost(), e.urn()));
            }
        });
        return rows;
    }

    /** Children recorded as unaccompanied asylum seekers; DUC is the day they turn 18, when the status ends. */
    static List<List<String>> uasc(SsdaCohort cohort) {
        List<List<String>> rows = new ArrayList<>();
        cohort.children().forEach((id, p) -> {
            if (cohort.uasc().contains(id)) {
                rows.add(row(p.laChildId(), p.sex() == null ? "U" : p.sex().name(), cohort.dob(id),
                        p.dateOfBirth() == null ? "" : SsdaCsv.date(p.dateOfBirth().plusYears(18))));
            }
        });
        return rows;
    }

    /** Reviews held in the year, with how the child took part (REVIEW_CODE). */
    static List<List<String>> reviews(SsdaCohort cohort, List<CareReviewView> held) {
        Map<UUID, UUID> childOfPeriod = new HashMap<>();
        cohort.episodes().forEach((id, list) -> list.forEach(e -> childOfPeriod.put(e.periodId(), id)));
        List<List<String>> rows = new ArrayList<>();
        Map<UUID, List<CareReviewView>> byChild = new java.util.LinkedHashMap<>();
        cohort.children().keySet().forEach(id -> byChild.put(id, new ArrayList<>()));
        for (CareReviewView r : held) {
            UUID child = childOfPeriod.get(r.periodId());
            if (child != null && cohort.year().contains(r.date())) {
                byChild.get(child).add(r);
            }
        }
        byChild.forEach((id, list) -> list.forEach(r -> rows.add(row(cohort.child(id), cohort.dob(id),
                SsdaCsv.date(r.date()), r.participation() == null ? "" : r.participation().name()))));
        return rows;
    }

    /** Missing and away episodes that began in the year while the child was looked after; MIS_END blank if not back by 31 March. */
    static List<List<String>> missing(SsdaCohort cohort, List<MissingEpisodeView> episodes) {
        Map<UUID, List<MissingEpisodeView>> byChild = new java.util.LinkedHashMap<>();
        cohort.children().keySet().forEach(id -> byChild.put(id, new ArrayList<>()));
        for (MissingEpisodeView m : episodes) {
            if (!m.voided() && byChild.containsKey(m.childId()) && cohort.year().contains(day(m.startedAt()))
                    && cohort.lookedAfterOn(m.childId(), day(m.startedAt()))) {
                byChild.get(m.childId()).add(m);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        byChild.forEach((id, list) -> list.forEach(m -> {
            LocalDate end = m.endedAt() == null ? null : day(m.endedAt());
            rows.add(row(cohort.child(id), cohort.dob(id), m.kind().code(), SsdaCsv.date(day(m.startedAt())),
                    end == null || end.isAfter(cohort.year().to()) ? "" : SsdaCsv.date(end)));
        }));
        return rows;
    }

    static LocalDate day(Instant instant) {
        return instant.atZone(Due.LONDON).toLocalDate();
    }

    static List<String> row(String... fields) {
        return Arrays.stream(fields).map(f -> f == null ? "" : f).toList();
    }
}
