package hearth.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.timescales.Obligations;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * An action answers a point, changes status with its history kept, and links measures whose trend shows whether it
 * works; the self-evaluation is drafted from those measures and saved as revisions.
 */
@HearthTest
class ImprovementPlanTest {

    static final String MEASURE = "timeliness:referral-decision";

    @Autowired
    ApplicationContext context;
    @Autowired
    Inspections inspections;
    @Autowired
    ImprovementPlan plan;
    @Autowired
    SelfEvaluation selfEvaluation;
    @Autowired
    Obligations obligations;
    @Autowired
    MutableClock clock;

    Fixtures fx;
    String manager;
    UUID point;

    @BeforeEach
    void anInspectionWithAPoint() {
        fx = new Fixtures(context);
        manager = fx.user(Role.SERVICE_MANAGER, null);
        UUID inspection = InspectionSignIn.as(fx, manager, () -> inspections.record(new NewInspection(
                InspectionKind.FULL_INSPECTION, LocalDate.of(2024, 4, 22), null, null, null, null, null, null,
                Map.of(JudgementArea.OVERALL_EFFECTIVENESS, InspectionGrade.REQUIRES_IMPROVEMENT),
                List.of("The timely identification of risk for children."))));
        point = inspections.find(inspection).orElseThrow().points().get(0).id();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anActionsStatusChangesAreKeptAndAStaleSaveIsRefused() {
        UUID action = InspectionSignIn.as(fx, manager, () -> plan.addAction(point, new ActionDetails(
                "Strategy discussions within a day", "Head of service", LocalDate.of(2025, 3, 31),
                ImprovementStatus.NOT_STARTED, null)));
        InspectionSignIn.as(fx, manager, () -> plan.update(action, 0, new ActionDetails("Strategy discussions within a day",
                "Head of service", LocalDate.of(2025, 3, 31), ImprovementStatus.AT_RISK, "Two teams short of staff")));

        ImprovementActionView saved = plan.find(action).orElseThrow();
        assertThat(saved.status()).isEqualTo(ImprovementStatus.AT_RISK);
        assertThat(saved.evidence()).isEqualTo("Two teams short of staff");
        assertThat(saved.overdue(LocalDate.of(2025, 4, 1))).isTrue();
        assertThat(saved.overdue(LocalDate.of(2025, 3, 31))).isFalse();
        assertThat(plan.revisions(action)).extracting(ActionRevision::status)
                .containsExactly(ImprovementStatus.AT_RISK, ImprovementStatus.NOT_STARTED);

        assertThatThrownBy(() -> InspectionSignIn.as(fx, manager, () -> plan.update(action, 0, new ActionDetails("Over it",
                "Someone", LocalDate.of(2025, 3, 31), ImprovementStatus.COMPLETE, null))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(plan.find(action).orElseThrow().status()).isEqualTo(ImprovementStatus.AT_RISK);
        assertThatThrownBy(() -> InspectionSignIn.as(fx, manager, () -> plan.addAction(point, new ActionDetails(" ",
                "Someone", LocalDate.of(2025, 3, 31), ImprovementStatus.ON_TRACK, null))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLinkedMeasureShowsItsTrendAndTheSelfEvaluationIsDraftedFromIt() {
        // A month far ahead, so no other test's obligations fall due in it.
        LocalDate monday = LocalDate.of(2063, 3, 5);
        clock.set(monday.atTime(9, 0).atZone(MutableClock.LONDON).toInstant());
        UUID met = obligations.open(UUID.randomUUID(), "referral-decision", monday, "test", "nobody");
        obligations.satisfy(met, monday.atTime(15, 0).atZone(MutableClock.LONDON).toInstant(), "decided");
        obligations.open(UUID.randomUUID(), "referral-decision", monday.plusDays(7), "test", "nobody");
        UUID action = InspectionSignIn.as(fx, manager, () -> plan.addAction(point, new ActionDetails("Decide referrals in a day",
                "Front door manager", LocalDate.of(2063, 9, 30), ImprovementStatus.ON_TRACK, null)));

        assertThatThrownBy(() -> InspectionSignIn.as(fx, manager, () -> plan.linkMeasure(action, "no-such-measure")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(InspectionSignIn.as(fx, manager, () -> plan.linkMeasure(action, MEASURE))).isTrue();
        assertThat(InspectionSignIn.as(fx, manager, () -> plan.linkMeasure(action, MEASURE))).isFalse();
        assertThat(plan.find(action).orElseThrow().measureIds()).containsExactly(MEASURE);

        clock.set(LocalDate.of(2063, 4, 20).atTime(9, 0).atZone(MutableClock.LONDON).toInstant());
        LinkedMeasure linked = plan.measure(MEASURE);
        assertThat(linked.missing()).isFalse();
        assertThat(linked.points()).hasSize(ImprovementPlan.TREND_MONTHS);
        assertThat(linked.points().get(linked.points().size() - 1).month()).isEqualTo(YearMonth.of(2063, 4));
        assertThat(linked.latest().month()).isEqualTo(YearMonth.of(2063, 3));
        assertThat(linked.latest().percent()).isEqualTo(50.0);
        assertThat(linked.direction()).isNull();
        assertThat(plan.measure("gone-measure").missing()).isTrue();

        Map<SelfEvaluationSection, String> draft = selfEvaluation.draft();
        assertThat(draft.get(SelfEvaluationSection.HELP_AND_PROTECTION)).contains(linked.name())
                .contains("50.0% in March 2063 (1 of 2), too soon to tell");
        assertThat(draft.get(SelfEvaluationSection.CARE_LEAVERS)).doesNotContain(linked.name());

        InspectionSignIn.as(fx, manager, () -> plan.unlinkMeasure(action, MEASURE));
        assertThat(plan.find(action).orElseThrow().measureIds()).isEmpty();
    }

    @Test
    void theSelfEvaluationKeepsEveryRevisionAndRefusesASaveFromAnOldOne() {
        int current = selfEvaluation.latest().map(SelfEvaluationView::revision).orElse(0);
        Map<SelfEvaluationSection, String> sections = new EnumMap<>(SelfEvaluationSection.class);
        sections.put(SelfEvaluationSection.OVERALL, "We know ourselves well.");
        int saved = InspectionSignIn.as(fx, manager, () -> selfEvaluation.save(current, sections));
        assertThat(saved).isEqualTo(current + 1);
        assertThat(selfEvaluation.latest().orElseThrow().section(SelfEvaluationSection.OVERALL))
                .isEqualTo("We know ourselves well.");
        assertThat(selfEvaluation.latest().orElseThrow().savedBy()).isEqualTo(manager);

        assertThatThrownBy(() -> InspectionSignIn.as(fx, manager, () -> selfEvaluation.save(current, sections)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(selfEvaluation.revisions()).extracting(SelfEvaluationView::revision).contains(saved);
    }

    @Test
    void measuresFallInTheSectionOfTheirJudgementArea() {
        assertThat(SelfEvaluationSection.forMeasure("care-leavers-in-touch")).isEqualTo(SelfEvaluationSection.CARE_LEAVERS);
        assertThat(SelfEvaluationSection.forMeasure("timeliness:careleaver-pathway-review"))
                .isEqualTo(SelfEvaluationSection.CARE_LEAVERS);
        assertThat(SelfEvaluationSection.forMeasure("placement-stability-3plus"))
                .isEqualTo(SelfEvaluationSection.CHILDREN_IN_CARE);
        assertThat(SelfEvaluationSection.forMeasure("timeliness:care-visit"))
                .isEqualTo(SelfEvaluationSection.CHILDREN_IN_CARE);
        assertThat(SelfEvaluationSection.forMeasure("re-referrals")).isEqualTo(SelfEvaluationSection.HELP_AND_PROTECTION);
        assertThat(SelfEvaluationSection.forMeasure("icpc-15wd")).isEqualTo(SelfEvaluationSection.HELP_AND_PROTECTION);
    }
}
