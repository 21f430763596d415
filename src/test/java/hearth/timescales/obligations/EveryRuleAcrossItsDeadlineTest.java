package hearth.timescales.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.shared.Ids;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.timescales.Due;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import hearth.timescales.RuleCatalogue;
import hearth.timescales.TimescaleRule;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Moves the clock across every registered rule's deadline, from a start just before Christmas. */
@HearthTest
class EveryRuleAcrossItsDeadlineTest {

    @Autowired
    Obligations obligations;
    @Autowired
    RuleCatalogue catalogue;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyRuleIsOpenBeforeItsDeadlineOverdueAtItAndMetLateAfterIt() {
        Instant start = LocalDateTime.parse("2026-12-23T14:30").atZone(Due.LONDON).toInstant();
        assertThat(catalogue.all()).hasSizeGreaterThanOrEqualTo(8);
        for (TimescaleRule rule : catalogue.all()) {
            clock.set(start);
            UUID onTime = obligations.open(Ids.next(), rule.id(), start, "Clock started", null);
            UUID late = obligations.open(Ids.next(), rule.id(), start, "Clock started", null);
            ObligationView opened = obligations.find(onTime).orElseThrow();
            Instant deadline = opened.due().overdueFrom();
            assertThat(opened.due().date()).as(rule.id()).isAfterOrEqualTo(start.atZone(Due.LONDON).toLocalDate());
            clock.set(deadline.minusSeconds(1));
            assertThat(obligations.find(onTime).orElseThrow().state()).as(rule.id()).isEqualTo(ObligationState.DUE_SOON);
            obligations.satisfy(onTime, clock.instant(), "Done in time");
            clock.set(deadline);
            assertThat(obligations.find(late).orElseThrow().state()).as(rule.id()).isEqualTo(ObligationState.OVERDUE);
            obligations.satisfy(late, deadline, "Done late");
            assertThat(obligations.find(onTime).orElseThrow().state()).as(rule.id()).isEqualTo(ObligationState.MET_ON_TIME);
            assertThat(obligations.find(late).orElseThrow().state()).as(rule.id()).isEqualTo(ObligationState.MET_LATE);
            assertThat(obligations.find(late).orElseThrow().daysLate()).as(rule.id()).isPositive();
        }
    }
}
