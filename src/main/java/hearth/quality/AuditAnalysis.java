package hearth.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: what the audits say, for QA officers and leaders. Counts each audit's counted grade (the moderated
 * one once moderated) by calendar quarter and by team, and each question's answers across the audits that asked it.
 */
@Service
public class AuditAnalysis {

    private final CaseAudits audits;

    AuditAnalysis(CaseAudits audits) {
        this.audits = audits;
    }

    /** The analysis of audits done from {@code from} to {@code to} inclusive. */
    @Transactional(readOnly = true)
    public Analysis of(LocalDate from, LocalDate to) {
        return analyse(from, to, audits.between(from, to));
    }

    /** The same analysis over audits already read. */
    public static Analysis analyse(LocalDate from, LocalDate to, List<AuditView> done) {
        Map<String, List<AuditView>> byQuarter = done.stream().sorted(Comparator.comparing(AuditView::auditedOn))
                .collect(Collectors.groupingBy(a -> quarter(a.auditedOn()), LinkedHashMap::new, Collectors.toList()));
        Map<String, List<AuditView>> byTeam = done.stream().collect(Collectors.groupingBy(
                a -> a.team() == null ? "-" : a.team(), TreeMap::new, Collectors.toList()));
        int moderated = (int) done.stream().filter(AuditView::moderated).count();
        int disagreed = (int) done.stream().filter(AuditView::disagreed).count();
        return new Analysis(from, to, row("", done), rows(byQuarter), rows(byTeam), themes(done), moderated,
                disagreed);
    }

    /** The calendar quarter a day falls in, e.g. "2026 Q1" (January to March). */
    public static String quarter(LocalDate day) {
        return day.getYear() + " Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /** Whole percent, rounded half up; 0 of 0 is 0. */
    public static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }

    private static List<GradeRow> rows(Map<String, List<AuditView>> groups) {
        return groups.entrySet().stream().map(e -> row(e.getKey(), e.getValue())).toList();
    }

    static GradeRow row(String label, List<AuditView> group) {
        Integer[] counts = new Integer[Grade.values().length];
        Arrays.fill(counts, 0);
        group.forEach(a -> counts[a.countedGrade().ordinal()]++);
        return new GradeRow(label, List.of(counts), group.size());
    }

    private static List<ThemeRow> themes(List<AuditView> done) {
        Map<String, List<AnswerView>> byQuestion = done.stream().flatMap(a -> a.answers().stream())
                .filter(a -> a.answerType() != AnswerType.FREE_TEXT && a.answer() != null)
                .sorted(Comparator.comparingInt(AnswerView::position))
                .collect(Collectors.groupingBy(AnswerView::question, LinkedHashMap::new, Collectors.toList()));
        List<ThemeRow> rows = new ArrayList<>();
        byQuestion.forEach((question, answers) -> {
            Map<String, Integer> counts = answers.stream().collect(Collectors.groupingBy(AnswerView::answer,
                    Collectors.summingInt(a -> 1)));
            int positive = (int) answers.stream().filter(AuditAnalysis::positive).count();
            rows.add(new ThemeRow(question, answers.get(0).answerType(), counts, answers.size(), positive));
        });
        return rows;
    }

    private static boolean positive(AnswerView a) {
        return "YES".equals(a.answer()) || Grade.OUTSTANDING.name().equals(a.answer())
                || Grade.GOOD.name().equals(a.answer());
    }
}
