package hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.inspection.InspectionGrade;
import hearth.inspection.ImprovementActionView;
import hearth.inspection.ImprovementPlan;
import hearth.inspection.ImprovementPoint;
import hearth.inspection.InspectionKind;
import hearth.inspection.InspectionView;
import hearth.inspection.Inspections;
import hearth.inspection.JudgementArea;
import hearth.support.MutableClock;
import hearth.support.HearthTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The generator records Reading's inspection journey from 2016 to 2024 and the plan answering the 2024 points. */
@HearthTest
class DemoInspectionsTest {

    @Autowired
    DemoInspections demo;
    @Autowired
    Inspections inspections;
    @Autowired
    ImprovementPlan plan;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void readingsJourneyFromInadequateToGoodForChildrenInCareIsRecordedWithItsPlan() {
        clock.setDate(LocalDate.of(2026, 6, 1));
        demo.run(LocalDate.of(2026, 6, 1), 150, null, new Random(3), line -> { });

        List<InspectionView> reading = inspections.timeline().stream()
                .filter(i -> i.recordedBy().equals(DemoInspections.DIRECTOR)).toList();
        assertThat(reading).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo(InspectionKind.SINGLE_INSPECTION_FRAMEWORK);
            assertThat(i.overall()).isEqualTo(InspectionGrade.INADEQUATE);
        });
        assertThat(reading).anySatisfy(i -> {
            assertThat(i.startDate().getYear()).isEqualTo(2019);
            assertThat(i.overall()).isEqualTo(InspectionGrade.REQUIRES_IMPROVEMENT);
        });
        assertThat(reading).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo(InspectionKind.FOCUSED_VISIT);
            assertThat(i.judgements()).isEmpty();
            assertThat(i.leadInspector()).isEqualTo("Alexander Kemp");
            assertThat(i.points()).hasSize(4);
        });
        InspectionView latest = reading.stream().filter(i -> i.startDate().equals(LocalDate.of(2024, 4, 22)))
                .findFirst().orElseThrow();
        assertThat(latest.judgements()).isEqualTo(Map.of(JudgementArea.OVERALL_EFFECTIVENESS,
                InspectionGrade.REQUIRES_IMPROVEMENT, JudgementArea.IMPACT_OF_LEADERS, InspectionGrade.REQUIRES_IMPROVEMENT,
                JudgementArea.HELP_AND_PROTECTION, InspectionGrade.REQUIRES_IMPROVEMENT, JudgementArea.CHILDREN_IN_CARE,
                InspectionGrade.GOOD, JudgementArea.CARE_LEAVERS, InspectionGrade.GOOD));
        assertThat(latest.points()).extracting(ImprovementPoint::body).isEqualTo(DemoInspections.POINTS_2024);
        assertThat(reading.indexOf(latest)).isZero();

        List<ImprovementActionView> actions = plan.planFor(latest).stream().flatMap(p -> p.actions().stream())
                .toList();
        assertThat(actions).hasSize(DemoInspections.PLAN_2024.size());
        assertThat(actions).allSatisfy(a -> assertThat(a.updatedBy()).isEqualTo(DemoInspections.DIRECTOR));
        assertThat(actions).anySatisfy(a -> assertThat(a.measureIds()).contains("timeliness:strategy-discussion"));
        assertThat(actions).flatExtracting(ImprovementActionView::measureIds).doesNotContain("no-such-measure")
                .allSatisfy(id -> assertThat(plan.measure(id).missing()).isFalse());
    }
}
