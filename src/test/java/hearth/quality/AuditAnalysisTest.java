package hearth.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Grades are counted by quarter and team with the moderated grade winning; themes count each question's answers. */
class AuditAnalysisTest {

    private static final UUID VOICE = UUID.randomUUID();
    private static final UUID PLAN = UUID.randomUUID();

    private static AuditView audit(String team, LocalDate on, Grade grade, Grade moderated, String voice,
            String plan) {
        return new AuditView(UUID.randomUUID(), null, null, UUID.randomUUID(), team, "w", "m", "qa", on, grade, "s",
                "i", moderated, moderated == null ? null : "qa2", moderated == null ? null : "why",
                moderated == null ? null : on, List.of(
                        new AnswerView(VOICE, 1, "Voice of the child", AnswerType.GRADE, voice, null),
                        new AnswerView(PLAN, 2, "Plan is SMART", AnswerType.YES_NO_PARTLY, plan, null),
                        new AnswerView(UUID.randomUUID(), 3, "Impact", AnswerType.FREE_TEXT, null, "words")),
                List.of(), 0);
    }

    @Test
    void gradesByQuarterAndTeamCountTheModeratedGradeAndTheDisagreementRate() {
        List<AuditView> audits = List.of(
                audit("Team 1", LocalDate.of(2026, 1, 10), Grade.GOOD, null, "GOOD", "YES"),
                audit("Team 1", LocalDate.of(2026, 3, 31), Grade.REQUIRES_IMPROVEMENT, Grade.REQUIRES_IMPROVEMENT,
                        "REQUIRES_IMPROVEMENT", "PARTLY"),
                audit("Team 2", LocalDate.of(2026, 2, 1), Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE, "INADEQUATE",
                        "NO"),
                audit("Team 2", LocalDate.of(2026, 4, 1), Grade.OUTSTANDING, null, "OUTSTANDING", "YES"));

        Analysis a = AuditAnalysis.analyse(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), audits);

        assertThat(a.byQuarter()).extracting(GradeRow::label).containsExactly("2026 Q1", "2026 Q2");
        GradeRow q1 = a.byQuarter().get(0);
        assertThat(q1.total()).isEqualTo(3);
        assertThat(q1.count(Grade.GOOD)).isEqualTo(1);
        assertThat(q1.count(Grade.REQUIRES_IMPROVEMENT)).isEqualTo(1);
        assertThat(q1.count(Grade.INADEQUATE)).as("the moderated grade counts").isEqualTo(1);
        assertThat(q1.percent(Grade.GOOD)).isEqualTo(33);
        assertThat(q1.goodOrBetterPercent()).isEqualTo(33);
        assertThat(a.byQuarter().get(1).goodOrBetterPercent()).isEqualTo(100);

        assertThat(a.byTeam()).extracting(GradeRow::label).containsExactly("Team 1", "Team 2");
        assertThat(a.byTeam().get(1).count(Grade.INADEQUATE)).isEqualTo(1);
        assertThat(a.overall().total()).isEqualTo(4);
        assertThat(a.overall().goodOrBetterPercent()).isEqualTo(50);

        assertThat(a.moderated()).isEqualTo(2);
        assertThat(a.disagreed()).isEqualTo(1);
        assertThat(a.disagreementPercent()).isEqualTo(50);
    }

    @Test
    void themesCountEachAnswerAndTheShareAnsweredWellLeavingOutFreeText() {
        List<AuditView> audits = List.of(
                audit("T", LocalDate.of(2026, 1, 10), Grade.GOOD, null, "GOOD", "YES"),
                audit("T", LocalDate.of(2026, 1, 11), Grade.GOOD, null, "REQUIRES_IMPROVEMENT", "PARTLY"),
                audit("T", LocalDate.of(2026, 1, 12), Grade.GOOD, null, "OUTSTANDING", "NO"));
        Analysis a = AuditAnalysis.analyse(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), audits);
        assertThat(a.themes()).extracting(ThemeRow::question).containsExactly("Voice of the child", "Plan is SMART");
        ThemeRow voice = a.themes().get(0);
        assertThat(voice.total()).isEqualTo(3);
        assertThat(voice.positive()).isEqualTo(2);
        assertThat(voice.positivePercent()).isEqualTo(67);
        ThemeRow plan = a.themes().get(1);
        assertThat(plan.count("PARTLY")).isEqualTo(1);
        assertThat(plan.positivePercent()).isEqualTo(33);
    }

    @Test
    void noAuditsMeansNoRowsAndZeroPercentNeverADivisionByZero() {
        Analysis a = AuditAnalysis.analyse(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), List.of());
        assertThat(a.byQuarter()).isEmpty();
        assertThat(a.overall().goodOrBetterPercent()).isZero();
        assertThat(a.disagreementPercent()).isZero();
        assertThat(AuditAnalysis.quarter(LocalDate.of(2026, 12, 31))).isEqualTo("2026 Q4");
        assertThat(AuditAnalysis.percent(1, 8)).isEqualTo(13);
    }
}
