package hearth.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** An inspection keeps its judgements and points; the history is a timeline, newest first; mistakes are voided. */
@HearthTest
class InspectionsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Inspections inspections;

    Fixtures fx;
    String leader;

    @BeforeEach
    void aSeniorLeader() {
        fx = new Fixtures(context);
        leader = fx.user(Role.SENIOR_LEADER, null);
    }

    @Test
    void judgementsAndPointsAreKeptAndTheHistoryRunsNewestFirst() {
        UUID inadequate = record(new NewInspection(InspectionKind.SINGLE_INSPECTION_FRAMEWORK,
                LocalDate.of(2016, 5, 1), null, null, null, null, null, fx.unique("2016"),
                Map.of(JudgementArea.OVERALL_EFFECTIVENESS, InspectionGrade.INADEQUATE), List.of()));
        UUID focused = record(new NewInspection(InspectionKind.FOCUSED_VISIT, LocalDate.of(2022, 2, 1), null,
                LocalDate.of(2022, 3, 21), "Alexander Kemp", null, null, null, Map.of(),
                List.of("Chronologies are not routinely completed.")));
        UUID latest = record(new NewInspection(InspectionKind.FULL_INSPECTION, LocalDate.of(2024, 4, 22),
                LocalDate.of(2024, 5, 3), LocalDate.of(2024, 7, 12), "Christine Kennet", "Two others",
                "https://reports.ofsted.gov.uk/", "Not yet good",
                Map.of(JudgementArea.OVERALL_EFFECTIVENESS, InspectionGrade.REQUIRES_IMPROVEMENT,
                        JudgementArea.CHILDREN_IN_CARE, InspectionGrade.GOOD, JudgementArea.CARE_LEAVERS, InspectionGrade.GOOD),
                List.of("The timely identification of risk for children.", "The workforce offer.")));

        InspectionView found = inspections.find(latest).orElseThrow();
        assertThat(found.overall()).isEqualTo(InspectionGrade.REQUIRES_IMPROVEMENT);
        assertThat(found.grade(JudgementArea.CARE_LEAVERS)).isEqualTo(InspectionGrade.GOOD);
        assertThat(found.grade(JudgementArea.HELP_AND_PROTECTION)).isNull();
        assertThat(found.points()).extracting(ImprovementPoint::position).containsExactly(1, 2);
        assertThat(found.points().get(0).body()).isEqualTo("The timely identification of risk for children.");
        assertThat(found.recordedBy()).isEqualTo(leader);

        List<UUID> timeline = inspections.timeline().stream().map(InspectionView::id).toList();
        assertThat(timeline.indexOf(latest)).isLessThan(timeline.indexOf(focused));
        assertThat(timeline.indexOf(focused)).isLessThan(timeline.indexOf(inadequate));
        assertThat(inspections.find(focused).orElseThrow().judgements()).isEmpty();

        UUID added = InspectionSignIn.as(fx, leader, () -> inspections.addPoint(latest, "  A third point  "));
        assertThat(inspections.point(added).orElseThrow().position()).isEqualTo(3);
        assertThat(inspections.point(added).orElseThrow().body()).isEqualTo("A third point");
    }

    @Test
    void anInspectionCannotEndBeforeItStartsAndAVoidedOneLeavesTheTimeline() {
        assertThatThrownBy(() -> record(new NewInspection(InspectionKind.MONITORING_VISIT, LocalDate.of(2024, 5, 3),
                LocalDate.of(2024, 5, 1), null, null, null, null, null, Map.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class);

        UUID mistake = record(new NewInspection(InspectionKind.MONITORING_VISIT, LocalDate.of(2025, 1, 6), null, null,
                null, null, null, null, Map.of(), List.of()));
        assertThatThrownBy(() -> InspectionSignIn.as(fx, leader, () -> inspections.voidInspection(mistake, 7, "Wrong")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        InspectionSignIn.as(fx, leader, () -> inspections.voidInspection(mistake, 0, "Recorded against the wrong authority"));

        assertThat(inspections.find(mistake)).isEmpty();
        assertThat(inspections.timeline()).extracting(InspectionView::id).doesNotContain(mistake);
    }

    private UUID record(NewInspection inspection) {
        return InspectionSignIn.as(fx, leader, () -> inspections.record(inspection));
    }
}
