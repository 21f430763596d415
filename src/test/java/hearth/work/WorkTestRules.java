package hearth.work;

import static hearth.timescales.DeadlineUnit.DAYS;
import static hearth.timescales.TimescaleRule.rule;

import hearth.timescales.Standing;
import hearth.timescales.TimescaleRule;
import hearth.timescales.TimescaleRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** Rules only the work-view tests use, so their counts and percentages are theirs alone. */
@Component
class WorkTestRules implements TimescaleRules {

    static final String VISIT = "test-work-visit";
    static final String MEASURE = "test-work-measure";
    static final String BROWSER = "test-work-browser";

    @Override
    public List<TimescaleRule> rules() {
        return List.of(
                rule(VISIT).within(10, DAYS).standing(Standing.STATUTORY_GUIDANCE, "Test: work visit guidance").build(),
                rule(MEASURE).within(10, DAYS).standing(Standing.STATUTORY_GUIDANCE, "Test: a measured timescale").build(),
                rule(BROWSER).within(10, DAYS)
                        .standing(Standing.LAW, "Test: Children Act 1989 s.99 (browser test)").build());
    }
}
