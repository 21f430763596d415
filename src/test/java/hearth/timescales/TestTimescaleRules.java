package hearth.timescales;

import static hearth.timescales.DeadlineUnit.DAYS;
import static hearth.timescales.DeadlineUnit.HOURS;
import static hearth.timescales.DeadlineUnit.MONTHS;
import static hearth.timescales.DeadlineUnit.WEEKS;
import static hearth.timescales.DeadlineUnit.WORKING_DAYS;
import static hearth.timescales.TimescaleRule.rule;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Rules only the tests register (found by component scanning of the test classpath), so the engine's
 * restart, follow-on, hours, months and complaints-calendar paths are exercised before the contexts
 * that own such rules exist.
 */
@Component
class TestTimescaleRules implements TimescaleRules {

    @Override
    public List<TimescaleRule> rules() {
        return List.of(
                rule("test-placement-first-visit").within(1, WEEKS).thenFollowedBy("test-placement-visit").restarts()
                        .standing(Standing.LAW, "Test: CPPCR 2010 reg 28(2)(a)").build(),
                rule("test-placement-visit").within(6, WEEKS).recursFromLastEvent().restarts()
                        .standing(Standing.LAW, "Test: CPPCR 2010 reg 28(2)(b)").build(),
                rule("test-return-interview").within(72, HOURS)
                        .standing(Standing.STATUTORY_GUIDANCE, "Test: missing children guidance 2014").build(),
                rule("test-review-conference").within(3, MONTHS)
                        .standing(Standing.STATUTORY_GUIDANCE, "Test: WT 2023 ch.3").build(),
                rule("test-queries").within(10, DAYS)
                        .standing(Standing.STATUTORY_GUIDANCE, "Test: the engine's work-view queries").build(),
                rule("test-local-working-days").within(10, WORKING_DAYS).calendar(CalendarKind.LOCAL)
                        .standing(Standing.LOCAL_STANDARD, "Test rule counted on the council's own calendar").build(),
                rule("test-complaint-stage-3").within(30, WORKING_DAYS).calendar(CalendarKind.EW_COMPLAINTS)
                        .standing(Standing.LAW, "Test: SI 2006/1738 reg 19(4)").build());
    }
}
