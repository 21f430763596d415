package hearth.fostering;

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
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A connected person's temporary approval: 16 weeks, one extension of up to 8, as the clock moves. */
@HearthTest
class ConnectedPersonsTimescalesTest {

    static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    ConnectedPersons connected;
    @Autowired
    Obligations obligations;

    String worker;
    PersonSummary child;

    @BeforeEach
    void setUp() {
        clock.setDate(START);
        Fixtures fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        child = fx.child(fx.name("Kin"), "Ship", LocalDate.of(2021, 5, 5));
        fx.allocate(child.id(), team, worker);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(worker, null, List.of()));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    private List<ObligationView> open() {
        return obligations.openFor(List.of(child.id()));
    }

    @Test
    void theFullAssessmentFallsDueWhenTheSixteenWeeksRunOutAndIsOverdueAfter() {
        KinshipApprovalView a = connected.approve(child.id(), "Jean Grant", "Maternal grandmother", START);
        assertThat(a.expiresOn()).isEqualTo(START.plusWeeks(16));
        assertThat(open()).singleElement().satisfies(o -> {
            assertThat(o.ruleId()).isEqualTo(ConnectedPersons.APPROVAL_RULE);
            assertThat(o.dueDate()).isEqualTo(START.plusWeeks(16));
            assertThat(o.responsible()).isEqualTo(worker);
            assertThat(o.state()).isEqualTo(ObligationState.UPCOMING);
        });

        clock.setDate(START.plusWeeks(13));
        assertThat(a.standing(connected.today())).isEqualTo("RUNNING_OUT");
        assertThat(a.daysTaken(connected.today())).isEqualTo(91);
        assertThat(a.daysLeft(connected.today())).isEqualTo(21);
        clock.setDate(START.plusWeeks(16).minusDays(1));
        assertThat(open().get(0).state()).isEqualTo(ObligationState.DUE_SOON);
        clock.setDate(START.plusWeeks(16).plusDays(1));
        assertThat(open().get(0).state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(connected.find(a.id()).orElseThrow().standing(connected.today())).isEqualTo("RUN_OUT");
    }

    @Test
    void oneExtensionMovesTheDeadlineByUpToEightWeeksAndASecondIsRefused() {
        KinshipApprovalView a = connected.approve(child.id(), "Sam Grant", "Uncle", START);
        clock.setDate(START.plusWeeks(14));
        a = connected.extend(a.id(), a.version(), connected.today(), 8, "Assessment delayed by a DBS check",
                "Head of service (nominated officer)");
        assertThat(a.expiresOn()).isEqualTo(START.plusWeeks(24));
        assertThat(a.extended()).isTrue();
        assertThat(open()).singleElement().satisfies(o -> {
            assertThat(o.ruleId()).isEqualTo(ConnectedPersons.EXTENDED_RULE);
            assertThat(o.dueDate()).isEqualTo(START.plusWeeks(24));
            assertThat(o.state()).isEqualTo(ObligationState.UPCOMING);
        });

        long version = a.version();
        UUID id = a.id();
        assertThatThrownBy(() -> connected.extend(id, version, connected.today(), 2, "Again", "Officer"))
                .isInstanceOf(FosteringRuleBroken.class)
                .satisfies(e -> assertThat(((FosteringRuleBroken) e).key()).isEqualTo("fostering.rule.onlyOneExtension"));

        clock.setDate(START.plusWeeks(24).plusDays(1));
        assertThat(open().get(0).state()).isEqualTo(ObligationState.OVERDUE);
    }

    @Test
    void anExtensionIsAtMostEightWeeksAndNotAfterTheApprovalRanOut() {
        KinshipApprovalView a = connected.approve(child.id(), "Pat Grant", "Aunt", START);
        clock.setDate(START.plusWeeks(17));
        UUID id = a.id();
        long version = a.version();
        assertThatThrownBy(() -> connected.extend(id, version, connected.today(), 4, "Late", "Officer"))
                .satisfies(e -> assertThat(((FosteringRuleBroken) e).key())
                        .isEqualTo("fostering.rule.extensionAfterExpiry"));
        assertThatThrownBy(() -> connected.extend(id, version, START.plusWeeks(15), 9, "Long", "Officer"))
                .satisfies(e -> assertThat(((FosteringRuleBroken) e).key()).isEqualTo("fostering.rule.extensionWeeks"));
        KinshipApprovalView shorter = connected.extend(id, version, START.plusWeeks(15), 4, "DBS", "Officer");
        assertThat(shorter.expiresOn()).isEqualTo(START.plusWeeks(20));
        assertThat(open().get(0).dueDate()).isEqualTo(START.plusWeeks(20));
    }

    @Test
    void aDecisionMeetsTheClockAndShowsTheDaysTaken() {
        KinshipApprovalView a = connected.approve(child.id(), "Lee Grant", "Family friend", START);
        clock.setDate(START.plusWeeks(10));
        a = connected.decide(a.id(), a.version(), KinshipOutcome.APPROVED_AS_FOSTER_CARER, connected.today(),
                "Panel recommended approval");
        assertThat(a.open()).isFalse();
        assertThat(a.daysTaken(connected.today().plusDays(30))).isEqualTo(70);
        assertThat(open()).isEmpty();
        assertThat(connected.running()).noneMatch(r -> r.childId().equals(child.id()));
        UUID id = a.id();
        long version = a.version();
        assertThatThrownBy(() -> connected.extend(id, version, START.plusWeeks(10), 2, "x", "y"))
                .isInstanceOf(FosteringRuleBroken.class);
    }

    @Test
    void theChildMovingEndsTheApprovalWithoutAnOverdueAssessment() {
        KinshipApprovalView a = connected.approve(child.id(), "Ari Grant", "Cousin", START);
        clock.setDate(START.plusWeeks(3));
        connected.decide(a.id(), a.version(), KinshipOutcome.CHILD_MOVED, connected.today(), null);
        assertThat(open()).isEmpty();
        assertThat(connected.forChild(child.id()).get(0).outcome()).isEqualTo(KinshipOutcome.CHILD_MOVED);
    }
}
