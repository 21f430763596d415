package hearth.returns.ssda903rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SsdaRuleSetTest {

    @Test
    void everyRuleHasAFailingAndAPassingCase() {
        Set<String> tested = Stream.of(SsdaHeaderRulesTest.cases(), SsdaEpisodeRulesTest.cases(), SsdaAdoptionRulesTest.cases(),
                        SsdaLastYearRulesTest.cases(), SsdaRemainingRulesTest.cases(),
                        SsdaOtherRulesTest.cases(), SsdaReferenceRulesTest.cases())
                .flatMap(s -> s).map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        assertThat(SsdaRuleSet.LAC2025_26.rules()).extracting(SsdaRule::code).allMatch(tested::contains);
        assertThat(tested).allMatch(c -> SsdaRuleSet.LAC2025_26.rule(c) != null);
    }

    @Test
    void eachRuleIsItsOwnClassNamedByItsCodeAndListedInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("src/main/java/hearth/returns/ssda903rules/README.md"));
        for (SsdaRule rule : SsdaRuleSet.LAC2025_26.rules()) {
            assertThat(rule.getClass().getSimpleName()).isEqualTo("Rule" + rule.code());
            assertThat(rule.tables()).isNotEmpty();
            assertThat(readme).contains("`" + rule.code() + "`");
        }
    }

    @Test
    void laterYearsStartFromTheYearBeforeWithOnlyTheirChanges() {
        assertThat(SsdaRuleSet.forYear(2026)).isSameAs(SsdaRuleSet.LAC2025_26);
        assertThat(SsdaRuleSet.forYear(2027).name()).isEqualTo("lac2026_27");
        assertThat(SsdaRuleSet.forYear(2027).rules()).hasSameSizeAs(SsdaRuleSet.LAC2025_26.rules());
        SsdaRuleSet without = SsdaRuleSet.LAC2025_26.next("test", Set.of("101"), List.of());
        assertThat(without.rule("101")).isNull();
        assertThat(without.rule("142")).isNotNull();
    }
}
