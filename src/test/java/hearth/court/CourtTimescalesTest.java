package hearth.court;

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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The PLO and proceedings clocks, moved by the injected clock, and the orders in force on a date. */
@HearthTest
class CourtTimescalesTest {

    static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    Court court;
    @Autowired
    Obligations obligations;

    Fixtures fx;
    String worker;
    String manager;
    PersonSummary child;

    @BeforeEach
    void setUp() {
        clock.setDate(START);
        fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        manager = fx.user(Role.TEAM_MANAGER, team);
        child = fx.child(fx.name("Morgan"), "Court", LocalDate.of(2019, 5, 5));
        fx.allocate(child.id(), team, worker);
        signIn(manager);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void onlyAManagerRecordsTheGatewayDecision() {
        signIn(worker);
        assertThatThrownBy(() -> court.recordGateway(child.id(), START, "SW", GatewayDecision.ENTER_PRE_PROCEEDINGS,
                "Neglect")).isInstanceOf(AccessDeniedException.class);
        assertThat(court.gatewaysFor(child.id())).isEmpty();
    }

    @Test
    void theLetterAndTheSixteenWeekDecisionShowAsDriftWhenLate() {
        GatewayView gateway = court.recordGateway(child.id(), START, "TM, SW, council solicitor",
                GatewayDecision.ENTER_PRE_PROCEEDINGS, "Chronic neglect despite a CP plan");
        assertThat(open()).extracting(ObligationView::ruleId).containsExactly(Court.LETTER_RULE);
        PreProceedingsView pp = court.findPreProceedings(gateway.preProceedingsId()).orElseThrow();

        clock.setDate(START.plusWeeks(3));
        assertThat(open().get(0).state()).isEqualTo(ObligationState.OVERDUE);
        pp = court.sendLetter(pp.id(), pp.version(), START.plusWeeks(3));
        assertThat(pp.reviewDue()).isEqualTo(START.plusWeeks(3 + 16));
        assertThat(open()).extracting(ObligationView::ruleId).containsExactly(Court.REVIEW_RULE);

        clock.setDate(START.plusWeeks(3 + 16).plusDays(1));
        assertThat(open().get(0).state()).isEqualTo(ObligationState.OVERDUE);
        pp = court.decide(pp.id(), pp.version(), PreProceedingsOutcome.CONTINUE, court.today(), "Parenting work started");
        assertThat(pp.open()).isTrue();
        assertThat(pp.reviewDue()).isEqualTo(court.today().plusWeeks(16));
        assertThat(open()).singleElement().satisfies(o -> assertThat(o.state()).isEqualTo(ObligationState.UPCOMING));
        assertThat(pp.weeksIn(court.today())).isEqualTo(19);

        ProceedingsView p = court.issue(child.id(), court.today(), "Reading Family Court", "RG26C00001");
        assertThat(court.findPreProceedings(pp.id()).orElseThrow().outcome())
                .isEqualTo(PreProceedingsOutcome.ISSUE_PROCEEDINGS);
        assertThat(open()).extracting(ObligationView::ruleId).containsExactly(Court.DEADLINE_RULE);
        assertThat(p.deadline()).isEqualTo(court.today().plusWeeks(26).minusDays(1));
    }

    @Test
    void theTwentySixWeekDeadlineMovesWithAnExtensionAndIsMetAtConclusion() {
        ProceedingsView p = court.issue(child.id(), START, "Reading Family Court", "RG26C00002");
        LocalDate deadline = START.plusDays(181);
        assertThat(p.deadline()).isEqualTo(deadline);
        assertThat(open()).singleElement().satisfies(o -> {
            assertThat(o.ruleId()).isEqualTo(Court.DEADLINE_RULE);
            assertThat(o.dueDate()).isEqualTo(deadline);
            assertThat(o.responsible()).isEqualTo(worker);
        });

        clock.setDate(deadline.minusDays(2));
        assertThat(open().get(0).state()).isEqualTo(ObligationState.DUE_SOON);
        clock.setDate(deadline.plusDays(1));
        assertThat(open().get(0).state()).isEqualTo(ObligationState.OVERDUE);

        clock.setDate(deadline.minusWeeks(1));
        p = court.extend(p.id(), p.version(), court.today(), 6, "Independent social work assessment of the aunt");
        assertThat(p.deadline()).isEqualTo(deadline.plusWeeks(6));
        assertThat(open()).singleElement().satisfies(o -> {
            assertThat(o.ruleId()).isEqualTo(Court.EXTENDED_RULE);
            assertThat(o.dueDate()).isEqualTo(deadline.plusWeeks(6));
            assertThat(o.state()).isEqualTo(ObligationState.UPCOMING);
        });
        assertThat(p.extensions()).singleElement().satisfies(e -> assertThat(e.weeks()).isEqualTo(6));

        court.recordHearing(p.id(), court.today(), HearingType.IRH, "Final hearing listed");
        OrderView ico = court.makeOrder(p.id(), OrderType.INTERIM_CARE_ORDER, START.plusDays(1));
        clock.setDate(deadline.plusWeeks(5));
        court.makeOrder(p.id(), OrderType.CARE_ORDER, court.today());
        UUID obligationId = openId();
        p = court.conclude(p.id(), court.findProceedings(p.id()).orElseThrow().version(), FinalOutcome.CARE_ORDER,
                court.today());
        assertThat(p.open()).isFalse();
        assertThat(obligations.find(obligationId).orElseThrow().state()).isEqualTo(ObligationState.MET_ON_TIME);
        ProceedingsView concluded = p;
        assertThatThrownBy(() -> court.extend(concluded.id(), concluded.version(), court.today(), 2, "Too late"))
                .isInstanceOf(IllegalStateException.class);

        assertThat(court.legalStatusOn(child.id(), START)).isEmpty();
        assertThat(court.legalStatusOn(child.id(), START.plusDays(1))).extracting(OrderView::type)
                .containsExactly(OrderType.INTERIM_CARE_ORDER);
        assertThat(court.legalStatusOn(child.id(), court.today())).extracting(OrderView::type)
                .containsExactly(OrderType.CARE_ORDER);
        assertThat(court.orderHistory(child.id())).extracting(OrderView::id).first().isEqualTo(ico.id());
        assertThat(court.orderHistory(child.id()).get(0).endedOn()).isEqualTo(court.today());
    }

    @Test
    void aHearingBeforeIssueIsRefusedAndAChildHasOneSetOfProceedingsAtATime() {
        clock.setDate(START.plusWeeks(2));
        ProceedingsView p = court.issue(child.id(), START, "Reading Family Court", "RG26C00003");
        assertThatThrownBy(() -> court.recordHearing(p.id(), START.minusDays(1), HearingType.CMH, "Early"))
                .isInstanceOf(CourtRuleBroken.class);
        assertThatThrownBy(() -> court.issue(child.id(), START, "Reading Family Court", "RG26C00004"))
                .isInstanceOf(CourtRuleBroken.class);
        court.makeOrder(p.id(), OrderType.INTERIM_CARE_ORDER, START);
        assertThatThrownBy(() -> court.makeOrder(p.id(), OrderType.INTERIM_CARE_ORDER, START.plusDays(7)))
                .isInstanceOf(CourtRuleBroken.class);
    }

    private List<ObligationView> open() {
        return obligations.openFor(List.of(child.id()));
    }

    private UUID openId() {
        return open().get(0).id();
    }

    private void signIn(String username) {
        var user = fx.signedIn(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
