package hearth.returns.ssda903rules;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What each family's rule test does: the failing rows are reported under the rule's code, the passing rows are not. */
abstract class SsdaRuleCases {

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleReportsTheFailingRowsAndNotThePassingOnes(String code, List<String> failing, List<String> passing) {
        List<Finding> found = SsdaCases.check(code, failing);
        assertThat(found).as(code + " on the failing rows").isNotEmpty()
                .allMatch(f -> f.rule().equals(code) && f.message().equals(SsdaRuleSet.LAC2025_26.rule(code).message()));
        assertThat(SsdaCases.check(code, passing)).as(code + " on the passing rows").isEmpty();
    }
}
