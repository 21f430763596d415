package hearth.returns.ssda903;

import hearth.carehealth.Oc2Outcomes;
import hearth.careleavers.BirthdayRecordView;
import hearth.people.PersonSummary;
import hearth.workforce.AllocationView;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The SSDA903 outcome tables: OC2 (children looked after continuously for 12 months at 31 March), OC3 (care leavers
 * around their 17th to 21st birthdays in the year) and the social worker episodes of looked after children.
 */
final class SsdaOutcomeRows {

    private SsdaOutcomeRows() {
    }

    /** Children who may be in OC2: looked after at the year end in a period that had lasted at least a year. */
    static List<UUID> oc2Candidates(SsdaCohort cohort) {
        LocalDate yearAgo = cohort.year().to().minusYears(1);
        return cohort.children().keySet().stream().filter(cohort::lookedAfterAtYearEnd)
                .filter(id -> !cohort.periodStartAtYearEnd(id).isAfter(yearAgo)).toList();
    }

    /**
     * One row per eligible child. SDQ_SCORE and SDQ_REASON are blank when the child's age puts them outside the SDQ
     * range (under 4 at the year end or 17 at its start: rules 188, 189); SDQ_REASON is SDQ4
     * (other) when a score was expected but none was recorded; HEALTH_CHECK (development checks) only for under-5s.
     */
    static List<List<String>> oc2(SsdaCohort cohort, Map<UUID, Oc2Outcomes> outcomes) {
        List<List<String>> rows = new ArrayList<>();
        for (UUID id : cohort.children().keySet()) {
            Oc2Outcomes o = outcomes.get(id);
            if (o == null || !o.eligible()) {
                continue;
            }
            PersonSummary p = cohort.children().get(id);
            boolean underFive = p.dateOfBirth() != null
                    && Period.between(p.dateOfBirth(), cohort.year().to()).getYears() < 5;
            String score = o.sdqExpected() && o.sdqScore() != null ? o.sdqScore().toString() : "";
            String reason = o.sdqExpected() && o.sdqScore() == null ? "SDQ4" : "";
            Boolean offered = o.substanceMisuse() ? o.interventionOffered() : null;
            Boolean received = o.substanceMisuse() ? o.interventionReceived() : null;
            rows.add(SsdaChildRows.row(p.laChildId(), cohort.dob(id), score, reason, Oc2Outcomes.code(o.convicted()),
                    underFive ? Oc2Outcomes.code(o.healthAssessmentUpToDate()) : "",
                    Oc2Outcomes.code(o.immunisationsUpToDate()), Oc2Outcomes.code(o.teethChecked()),
                    Oc2Outcomes.code(o.healthAssessmentUpToDate()), Oc2Outcomes.code(o.substanceMisuse()),
                    Oc2Outcomes.code(received), Oc2Outcomes.code(offered)));
        }
        return rows;
    }

    /** One row per care leaver birthday (17th to 21st) in the year; activity and accommodation are 0 when not in touch. */
    static List<List<String>> oc3(List<BirthdayRecordView> birthdays, Map<UUID, PersonSummary> people) {
        List<List<String>> rows = new ArrayList<>();
        for (BirthdayRecordView b : birthdays) {
            PersonSummary p = people.get(b.childId());
            if (p == null || b.inTouch() == null) {
                continue;
            }
            rows.add(SsdaChildRows.row(p.laChildId(), SsdaCsv.date(p.dateOfBirth()), b.inTouch().name(),
                    b.activity() == null ? "0" : b.activity().name(),
                    b.accommodation() == null || b.accommodation().isBlank() ? "0" : b.accommodation()));
        }
        return rows;
    }

    /**
     * The social workers who held each looked after child's work while they were looked after in the year: one row
     * per allocation to a named worker, starting no earlier than the child's care and ending when the next allocation
     * began or the child left care (blank if still held at the year end). SW_REASON is why this worker took the work
     * on (the reason recorded with the allocation), given on every episode, the open one too (D2I SW01bSTG1, and
     * SW16 carries an open episode's reason into the next year).
     */
    static List<List<String>> socialWorkers(SsdaCohort cohort, List<AllocationView> allocations) {
        Map<UUID, List<AllocationView>> byChild = new LinkedHashMap<>();
        cohort.children().keySet().forEach(id -> byChild.put(id, new ArrayList<>()));
        allocations.stream().filter(a -> byChild.containsKey(a.childId())).forEach(a -> byChild.get(a.childId()).add(a));
        LocalDate yearFrom = cohort.year().from();
        LocalDate yearEnd = cohort.year().to();
        List<List<String>> rows = new ArrayList<>();
        byChild.forEach((id, list) -> {
            LocalDate careStart = cohort.careStart(id);
            LocalDate careEnd = cohort.careEnd(id);
            LocalDate lastDay = careEnd == null ? yearEnd : careEnd;
            LocalDate firstDay = careStart.isAfter(yearFrom) ? careStart : yearFrom;
            for (int i = 0; i < list.size(); i++) {
                AllocationView a = list.get(i);
                AllocationView next = i + 1 < list.size() ? list.get(i + 1) : null;
                LocalDate start = a.from().isBefore(careStart) ? careStart : a.from();
                LocalDate end = next == null ? null : next.from();
                if (a.workerUsername() == null || start.isAfter(lastDay) || (end != null && !end.isAfter(firstDay))
                        || (end != null && !end.isAfter(start))) {
                    continue;
                }
                if (end == null || end.isAfter(lastDay)) {
                    end = careEnd;
                }
                rows.add(SsdaChildRows.row(cohort.child(id), cohort.dob(id), swId(a.workerUsername()),
                        SsdaCsv.date(start), SsdaCsv.date(end), reason(a.reason())));
            }
        });
        return rows;
    }

    /**
     * The social worker's ID as the return wants it, letters and digits only, beginning SW or XX (rule SW02STG1): a
     * username that is a Social Work England number (SW and digits) as it is; otherwise Hearth does not know the
     * registration number and writes XX followed by the username.
     */
    static String swId(String username) {
        String id = username.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        return id.matches("SW[0-9]+") ? id : "XX" + id;
    }

    /** SW_REASON from the reason recorded for an allocation (the DfE code if it was recorded as one). */
    static String reason(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (String code : List.of("MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN",
                "SWDIED", "OTHERS")) {
            if (t.startsWith(code)) {
                return code;
            }
        }
        if (t.contains("LEFT") || t.contains("LEAV")) {
            return "LEFTRL";
        }
        if (t.contains("TRANSFER") || t.contains("TEAM")) {
            return "TSPROC";
        }
        if (t.contains("ABSEN") || t.contains("SICK") || t.contains("LEAVE")) {
            return "ABSENC";
        }
        if (t.contains("RESTRUCT")) {
            return "ORGRST";
        }
        if (t.contains("CASELOAD") || t.contains("MANAGE")) {
            return "MANAGE";
        }
        return "OTHERS";
    }
}
