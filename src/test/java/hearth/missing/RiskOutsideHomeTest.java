package hearth.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Screening, planning meetings and safety plans whose reviews fall due every 3 months until a review ends the plan. */
@HearthTest
class RiskOutsideHomeTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    RiskOutsideHome risk;
    @Autowired
    Obligations obligations;

    Fixtures fx;
    MissingJourney journey;
    String worker;
    PersonSummary child;
    LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(MutableClock.LONDON);
        clock.setDate(today);
        fx = new Fixtures(context);
        journey = new MissingJourney(context, fx);
        UUID team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        child = fx.child(fx.name("Riley"), "Risk", LocalDate.of(2010, 8, 1));
        fx.allocate(child.id(), team, worker);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSafetyPlanIsReviewedEvery3MonthsUntilAReviewEndsIt() {
        SafetyPlanView plan = journey.as(worker, () -> risk.agreePlan(child.id(), today, "Curfew 9pm; trusted adult"));
        assertThat(plan.nextReviewDue()).isEqualTo(today.plusMonths(3));
        assertThatThrownBy(() -> journey.as(worker, () -> risk.agreePlan(child.id(), today, "Second plan")))
                .isInstanceOf(IllegalStateException.class);

        clock.setDate(today.plusMonths(3).plusDays(2));
        ObligationView first = open(RiskOutsideHome.PLAN_REVIEW_RULE);
        assertThat(first.state()).isEqualTo(ObligationState.OVERDUE);
        LocalDate reviewed = today.plusMonths(3).plusDays(1);
        SafetyPlanView afterReview = journey.as(worker, () -> risk.review(plan.id(), plan.version(), reviewed,
                "Going out less; still in touch with older peers", true));
        assertThat(obligations.find(first.id()).orElseThrow().state()).isEqualTo(ObligationState.MET_LATE);
        assertThat(afterReview.nextReviewDue()).isEqualTo(reviewed.plusMonths(3));
        assertThat(afterReview.reviews()).hasSize(1);

        SafetyPlanView ended = journey.as(worker, () -> risk.review(plan.id(), afterReview.version(), reviewed,
                "No concerns for three months", false));
        assertThat(ended.open()).isFalse();
        assertThat(ended.nextReviewDue()).isNull();
        assertThat(obligations.openFor(List.of(child.id())))
                .noneMatch(o -> o.ruleId().equals(RiskOutsideHome.PLAN_REVIEW_RULE));
    }

    @Test
    void aScreeningWithRiskNamesItsConcernsAndIsReadBack() {
        assertThatThrownBy(() -> journey.as(worker, () -> risk.screen(child.id(), today, "Local tool", Set.of(),
                ExploitationRiskLevel.HIGH, "Older males collecting from school")))
                .isInstanceOf(IllegalArgumentException.class);
        journey.as(worker, () -> risk.screen(child.id(), today, "Local tool",
                Set.of(ExploitationConcern.SEXUAL_EXPLOITATION, ExploitationConcern.ONLINE_HARM),
                ExploitationRiskLevel.HIGH, "Older males collecting from school"));
        journey.as(worker, () -> risk.meetingHeld(child.id(), today, "Police, school nurse, social worker",
                "Disruption notice; daily check-ins"));
        assertThat(risk.screeningsFor(child.id())).singleElement().satisfies(s -> {
            assertThat(s.concerns()).containsExactlyInAnyOrder(ExploitationConcern.SEXUAL_EXPLOITATION,
                    ExploitationConcern.ONLINE_HARM);
            assertThat(s.level()).isEqualTo(ExploitationRiskLevel.HIGH);
        });
        assertThat(risk.meetingsFor(child.id())).singleElement()
                .satisfies(m -> assertThat(m.decisions()).contains("Disruption notice"));
        assertThat(risk.screenedSince(child.id(), today)).isTrue();
    }

    private ObligationView open(String rule) {
        return obligations.openFor(List.of(child.id())).stream().filter(o -> o.ruleId().equals(rule)).findFirst()
                .orElseThrow();
    }
}
