package hearth.caseloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.childprotection.AbuseCategory;
import hearth.childprotection.ChildProtectionPlanEnded;
import hearth.childprotection.ChildProtectionPlanStarted;
import hearth.childprotection.PlanEndReason;
import hearth.childrenincare.ChildBecameLookedAfter;
import hearth.frontdoor.ReferralMade;
import hearth.frontdoor.ReferralSource;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.workforce.AllocationAdvice;
import hearth.workforce.AllocationAdvice.ProposedAllocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Kinds of work kept from events, weighted caseloads against thresholds, advice before allocating, snapshots, settings. */
@HearthTest
class CaseloadsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    WorkKinds kinds;
    @Autowired
    Caseloads caseloads;
    @Autowired
    CaseloadSettings settings;
    @Autowired
    CaseloadSnapshots snapshots;
    @Autowired
    List<AllocationAdvice> advice;

    Fixtures fx;
    UUID team;
    String worker;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void aTeamWithASocialWorker() {
        fx = new Fixtures(context);
        team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
    }

    UUID child() {
        return fx.child(fx.name("Case"), "Load", LocalDate.of(2015, 3, 3)).id();
    }

    UUID onAPlan(LocalDate from) {
        UUID child = child();
        context.publishEvent(new ReferralMade(child, UUID.randomUUID(), from.minusDays(30), ReferralSource.values()[0], false));
        context.publishEvent(new ChildProtectionPlanStarted(child, UUID.randomUUID(), from, AbuseCategory.NEG, 0, false));
        return child;
    }

    @Test
    void theKindsOfWorkAreKeptAsPeriodsFromTheEventsSoThePastCanBeRead() {
        UUID child = onAPlan(today.minusMonths(6));
        context.publishEvent(new ChildProtectionPlanEnded(child, UUID.randomUUID(), today.minusMonths(2),
                PlanEndReason.LOOKED_AFTER, false));
        context.publishEvent(new ChildBecameLookedAfter(child, UUID.randomUUID(), today.minusMonths(2), "C2", "N1", "x"));
        UUID untouched = child();

        assertThat(kinds.current(List.of(child, untouched)))
                .containsOnlyKeys(child)
                .containsEntry(child, Set.of(WorkKind.CHILD_IN_NEED, WorkKind.LOOKED_AFTER));
        assertThat(kinds.on(List.of(child), today.minusMonths(4)).get(child))
                .containsExactlyInAnyOrder(WorkKind.CHILD_IN_NEED, WorkKind.CHILD_PROTECTION);
        assertThat(kinds.on(List.of(child), today.minusYears(1))).isEmpty();
    }

    @Test
    void aChildCountsOnceAtTheHeaviestKindOfWorkAndOthersAtTheOtherWeight() {
        fx.allocate(onAPlan(today.minusDays(10)), team, worker);
        fx.allocate(child(), team, worker);
        WorkerCaseload load = caseloads.worker(worker).orElseThrow();
        Weights weights = settings.weights();
        assertThat(load.children()).isEqualTo(2);
        assertThat(load.weighted()).isEqualByComparingTo(weights.byKind().get(WorkKind.CHILD_PROTECTION)
                .add(weights.byKind().get(WorkKind.OTHER)));
        assertThat(load.threshold()).isEqualByComparingTo(weights.threshold(Role.SOCIAL_WORKER));
        assertThat(load.overThreshold()).isFalse();
    }

    @Test
    void allocatingPastTheThresholdIsWarnedInWordsButNotBelowIt() {
        BigDecimal cp = settings.weights().byKind().get(WorkKind.CHILD_PROTECTION);
        BigDecimal threshold = settings.weights().threshold(Role.SOCIAL_WORKER);
        int atThreshold = threshold.divide(cp, 0, java.math.RoundingMode.DOWN).intValue();
        for (int i = 0; i < atThreshold; i++) {
            fx.allocate(onAPlan(today.minusDays(5)), team, worker);
        }
        UUID next = onAPlan(today.minusDays(1));
        BigDecimal after = cp.multiply(BigDecimal.valueOf(atThreshold + 1L));
        List<AllocationAdvice.AllocationWarning> warnings = advice.stream()
                .flatMap(a -> a.adviseOn(new ProposedAllocation(next, team, worker)).stream()).toList();
        assertThat(warnings).extracting(AllocationAdvice.AllocationWarning::text).containsExactly(
                "Allocating this child takes Test SOCIAL_WORKER to " + after.stripTrailingZeros().toPlainString()
                        + " weighted cases against a threshold of " + threshold.stripTrailingZeros().toPlainString());
        String other = fx.user(Role.SOCIAL_WORKER, team);
        assertThat(advice.stream().flatMap(a -> a.adviseOn(new ProposedAllocation(next, team, other)).stream()))
                .isEmpty();
    }

    @Test
    void theBusiestTenthOfWorkersAndQuarterOfTeamsAreFlagged() {
        List<WorkerCaseload> ws = new java.util.ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            ws.add(new WorkerCaseload("w" + i, "W" + i, team, "T", "SOCIAL_WORKER", 1, BigDecimal.valueOf(i), null, false));
        }
        assertThat(Caseloads.topWorkers(ws)).containsExactlyInAnyOrder("w11", "w10");
        assertThat(Band.of(new BigDecimal("17.99"))).isEqualTo(Band.FROM_15);
        assertThat(Band.of(new BigDecimal("18"))).isEqualTo(Band.FROM_18);
        assertThat(Band.count(ws).get(Band.UNDER_10)).isEqualTo(9);
    }

    @Test
    void aSnapshotRecordsTheMonthAndTakingItAgainReplacesIt() {
        fx.allocate(onAPlan(today.minusDays(3)), team, worker);
        snapshots.take(YearMonth.now());
        snapshots.take(YearMonth.now());
        assertThat(snapshots.ofTeam(team, 12)).hasSize(1).first()
                .satisfies(p -> assertThat(p.children()).isEqualTo(1));
        assertThat(snapshots.ofWorker(worker, 12)).hasSize(1);
    }

    @Test
    void changingAWeightKeepsWhoChangedItAndTheValueBefore() {
        String admin = fx.user(Role.ADMINISTRATOR, null);
        var user = fx.signedIn(admin);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null,
                user.getAuthorities()));
        BigDecimal before = settings.find("weight.COURT").orElseThrow().current();
        try {
            assertThat(settings.change("weight.COURT", before.add(BigDecimal.ONE))).isTrue();
            assertThat(settings.change("weight.COURT", before.add(BigDecimal.ONE))).isFalse();
            assertThat(settings.weights().byKind().get(WorkKind.COURT)).isEqualByComparingTo(before.add(BigDecimal.ONE));
            assertThat(settings.history("weight.COURT").get(0)).satisfies(c -> {
                assertThat(c.by()).isEqualTo(admin);
                assertThat(c.before()).isEqualByComparingTo(before);
            });
            assertThatThrownBy(() -> settings.change("weight.NOPE", BigDecimal.ONE))
                    .isInstanceOf(IllegalArgumentException.class);
        } finally {
            settings.change("weight.COURT", before);
            SecurityContextHolder.clearContext();
        }
    }
}
