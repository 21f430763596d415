package hearth.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Vacancies against the establishment, agency rate, turnover over the average headcount, absence and training. */
class WorkforceFiguresTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final UUID TEAM = UUID.randomUUID();

    static WorkerProfile worker(String name, boolean agency, String fte, LocalDate started, LocalDate left,
            LocalDate nqUntil, List<WorkerProfile.Absence> absences, List<WorkerProfile.Training> training) {
        return new WorkerProfile(UUID.randomUUID(), name, name, "Social worker", null, null, null, agency,
                new BigDecimal(fte), TEAM, started, left, left == null ? null : "Left", nqUntil, null, 0, absences,
                training);
    }

    @Test
    void vacanciesAgencyTurnoverAndNewlyQualifiedShareAreWorkedOutOnTheDay() {
        List<WorkerProfile> team = new ArrayList<>();
        team.add(worker("a", false, "1.00", TODAY.minusYears(3), null, null, List.of(), List.of()));
        team.add(worker("b", true, "1.00", TODAY.minusYears(2), null, null, List.of(), List.of()));
        team.add(worker("c", false, "0.50", TODAY.minusMonths(3), null, TODAY.plusMonths(9), List.of(), List.of()));
        team.add(worker("d", false, "1.00", TODAY.minusMonths(6), null, null, List.of(), List.of()));
        team.add(worker("left", false, "1.00", TODAY.minusYears(4), TODAY.minusMonths(2), null, List.of(), List.of()));
        team.add(worker("leftLongAgo", false, "1.00", TODAY.minusYears(5), TODAY.minusYears(2), null, List.of(), List.of()));

        WorkforceFigures f = WorkforceFigures.of("Team", team, new BigDecimal("5.00"), TODAY);

        assertThat(f.headcount()).isEqualTo(4);
        assertThat(f.fteInPost()).isEqualByComparingTo("3.50");
        assertThat(f.vacancies()).isEqualByComparingTo("1.50");
        assertThat(f.vacancyPercent()).isEqualTo(30);
        assertThat(f.agencyPercent()).isEqualTo(25);
        assertThat(f.newlyQualifiedPercent()).isEqualTo(25);
        // a year ago: a, b and left were in post (3); now 4; average 3.5; one leaver in the year
        assertThat(f.leavers()).isEqualTo(1);
        assertThat(f.averageHeadcount()).isEqualTo(3.5);
        assertThat(f.turnoverPercent()).isEqualTo(29);
    }

    @Test
    void sicknessDaysInTheYearAndTrainingMissedAreCountedAndOverstaffingIsNoVacancy() {
        List<WorkerProfile.Absence> absences = List.of(
                new WorkerProfile.Absence(UUID.randomUUID(), AbsenceKind.SICKNESS, TODAY.minusDays(10), TODAY.minusDays(6)),
                new WorkerProfile.Absence(UUID.randomUUID(), AbsenceKind.ANNUAL_LEAVE, TODAY.minusDays(40), TODAY.minusDays(30)),
                new WorkerProfile.Absence(UUID.randomUUID(), AbsenceKind.SICKNESS, TODAY.minusDays(1), null));
        List<WorkerProfile.Training> training = List.of(
                new WorkerProfile.Training("Court skills", TODAY.minusMonths(2), TrainingStatus.MISSED),
                new WorkerProfile.Training("Old", TODAY.minusMonths(13), TrainingStatus.MISSED),
                new WorkerProfile.Training("Next", TODAY.plusDays(5), TrainingStatus.BOOKED));
        WorkforceFigures f = WorkforceFigures.of("Team",
                List.of(worker("a", false, "1.00", TODAY.minusYears(3), null, null, absences, training)),
                new BigDecimal("0.50"), TODAY);
        assertThat(f.sicknessDays()).isEqualTo(5 + 2);
        assertThat(f.absentNow()).isEqualTo(1);
        assertThat(f.trainingMissed()).isEqualTo(1);
        assertThat(f.vacancies()).isEqualByComparingTo("0");
    }

    @Test
    void aSocialWorkEnglandNumberIsSwFollowedByDigits() {
        assertThat(ProfileChange.validRegistration("SW123456")).isTrue();
        assertThat(ProfileChange.validRegistration("")).isTrue();
        assertThat(ProfileChange.validRegistration("SW")).isFalse();
        assertThat(ProfileChange.validRegistration("12345")).isFalse();
        assertThat(ProfileChange.validRegistration("SW12A")).isFalse();
    }
}
