package hearth.timescales.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.shared.Ids;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.timescales.Due;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import hearth.timescales.RuleTimeliness;
import hearth.timescales.Workload;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The set-based queries the work views read through the published API. */
@HearthTest
class ObligationQueriesTest {

    private static final String RULE = "test-queries";

    @Autowired
    Obligations obligations;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Due.LONDON).toInstant();
    }

    private static String someone() {
        return "worker-" + Ids.next();
    }

    @Test
    void reassigningAChildMovesEveryOpenItemButLeavesMetAndOtherChildrensItems() {
        clock.setDate(LocalDate.parse("2030-01-07"));
        String from = someone();
        String to = someone();
        UUID child = Ids.next();
        UUID other = Ids.next();
        UUID first = obligations.open(child, RULE, LocalDate.parse("2030-01-01"), "Start", from);
        UUID second = obligations.open(child, RULE, LocalDate.parse("2030-01-05"), "Start", from);
        UUID met = obligations.open(child, RULE, LocalDate.parse("2030-01-02"), "Start", from);
        obligations.satisfy(met, london("2030-01-03T10:00"), "Done");
        UUID notTheirs = obligations.open(other, RULE, LocalDate.parse("2030-01-02"), "Start", from);

        assertThat(obligations.reassignOpen(child, to)).isEqualTo(2);

        assertThat(obligations.openAssignedTo(to)).extracting(ObligationView::id).containsExactly(first, second);
        assertThat(obligations.openAssignedTo(from)).extracting(ObligationView::id).containsExactly(notTheirs);
        assertThat(obligations.find(met).orElseThrow().responsible()).isEqualTo(from);
        assertThat(obligations.reassignOpen(child, to)).isZero();
    }

    @Test
    void metLateSinceListsOnlyLateWorkInTheWindowLatestFirst() {
        clock.setDate(LocalDate.parse("2030-03-01"));
        String worker = someone();
        UUID child = Ids.next();
        UUID lateOld = obligations.open(child, RULE, LocalDate.parse("2030-01-01"), "Start", worker);
        obligations.satisfy(lateOld, london("2030-01-20T10:00"), "Done late, long ago");
        UUID late = obligations.open(child, RULE, LocalDate.parse("2030-02-01"), "Start", worker);
        obligations.satisfy(late, london("2030-02-20T10:00"), "Done late");
        UUID later = obligations.open(child, RULE, LocalDate.parse("2030-02-05"), "Start", worker);
        obligations.satisfy(later, london("2030-02-25T10:00"), "Done late");
        UUID onTime = obligations.open(child, RULE, LocalDate.parse("2030-02-10"), "Start", worker);
        obligations.satisfy(onTime, london("2030-02-12T10:00"), "Done on time");

        List<ObligationView> found = obligations.metLateSince(worker, london("2030-01-30T10:00"));

        assertThat(found).extracting(ObligationView::id).containsExactly(later, late);
        assertThat(found).allMatch(v -> v.state() == ObligationState.MET_LATE);
    }

    @Test
    void workloadCountsOpenOverdueAndDueByADateForEachResponsibleGiven() {
        clock.set(london("2030-05-06T10:00"));
        String busy = someone();
        String idle = someone();
        obligations.open(Ids.next(), RULE, LocalDate.parse("2030-04-01"), "Start", busy); // due 11 Apr: overdue
        obligations.open(Ids.next(), RULE, LocalDate.parse("2030-04-30"), "Start", busy); // due 10 May
        obligations.open(Ids.next(), RULE, LocalDate.parse("2030-05-06"), "Start", busy); // due 16 May

        Map<String, Workload> load = obligations.workloadOf(List.of(busy, idle), LocalDate.parse("2030-05-12"));

        assertThat(load.get(busy)).isEqualTo(new Workload(busy, 3, 1, 1));
        assertThat(load.get(idle)).isEqualTo(Workload.none(idle));
    }

    @Test
    void timelinessCountsDecidedWorkDueInThePeriodAndLeavesOutVoidedAndNotYetDue() {
        clock.set(london("2035-07-01T10:00"));
        UUID child = Ids.next();
        // due 11 Jun, met on time
        obligations.satisfy(obligations.open(child, RULE, LocalDate.parse("2035-06-01"), "Start", null),
                london("2035-06-10T10:00"), "Done");
        // due 12 Jun, met on its due date: on time
        obligations.satisfy(obligations.open(child, RULE, LocalDate.parse("2035-06-02"), "Start", null),
                london("2035-06-12T23:00"), "Done");
        // due 13 Jun, met late
        obligations.satisfy(obligations.open(child, RULE, LocalDate.parse("2035-06-03"), "Start", null),
                london("2035-06-14T09:00"), "Done");
        // due 14 Jun, still open: overdue
        obligations.open(child, RULE, LocalDate.parse("2035-06-04"), "Start", null);
        // voided: left out
        obligations.voidObligation(obligations.open(child, RULE, LocalDate.parse("2035-06-05"), "Start", null), "Mistake");
        // due 5 Jul: not yet due, left out
        obligations.open(child, RULE, LocalDate.parse("2035-06-25"), "Start", null);

        List<RuleTimeliness> rows = obligations.timelinessByRule(LocalDate.parse("2035-06-01"), LocalDate.parse("2035-08-01"));

        assertThat(rows).filteredOn(r -> r.ruleId().equals(RULE))
                .containsExactly(new RuleTimeliness(RULE, 4, 2, 1, 1));
        assertThat(rows.stream().filter(r -> r.ruleId().equals(RULE)).findFirst().orElseThrow().percentOnTime())
                .isEqualTo(50);
        assertThatThrownBy(() -> obligations.timelinessByRule(LocalDate.parse("2035-06-01"), LocalDate.parse("2035-06-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
