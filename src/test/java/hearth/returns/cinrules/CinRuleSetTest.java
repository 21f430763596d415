package hearth.returns.cinrules;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CinRuleSetTest {

    @Test
    void aSoundCensusBreaksNoRuleButTheReturnWideDisabilityQuery() {
        List<Finding> found = CinRuleSet.CIN2025_26.check(CinCases.tables(CinCases.VALID));
        assertThat(found).extracting(Finding::rule).containsExactly("2887Q");
        assertThat(CinRuleSet.CIN2025_26.check(CinCases.tables(CinCases.VALID.replace("</Children>",
                CinCases.SECOND_CHILD + "</Children>")))).extracting(Finding::rule).containsExactly("2887Q");
    }

    @Test
    void everyRuleInTheSetHasItsOwnFailingAndPassingCase() {
        Set<String> tested = Stream.of(CinChildRulesTest.cases(), CinEpisodeRulesTest.cases(),
                CinAssessmentAndEnquiryRulesTest.cases(), CinPlanRulesTest.cases()).flatMap(s -> s)
                .map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        assertThat(CinRuleSet.CIN2025_26.rules()).extracting(CinRule::code)
                .allSatisfy(code -> assertThat(tested).contains(code));
    }

    @Test
    void the2025to26SetHoldsEachDfeCodeOnce() {
        List<String> codes = CinRuleSet.CIN2025_26.rules().stream().map(CinRule::code).toList();
        assertThat(codes).hasSize(109).doesNotHaveDuplicates().contains("8869", "1510", "8825Q", "1530", "4016", "4017", "8770Q");
        assertThat(CinRuleSet.CIN2025_26.name()).isEqualTo("cin2025_26");
    }

    @Test
    void aLaterYearHoldsOnlyItsChanges() {
        CinRule replacement = new CinRuleBase("8869", "Changed wording") {
            @Override
            public List<Finding> check(CinTables tables) {
                return List.of();
            }
        };
        CinRuleSet next = CinRuleSet.CIN2025_26.next("cin2026_27", Set.of("8945Q"), List.of(replacement));
        assertThat(next.name()).isEqualTo("cin2026_27");
        assertThat(next.rules()).hasSize(108).extracting(CinRule::code).doesNotContain("8945Q").contains("8950Q");
        assertThat(next.rules()).filteredOn(r -> r.code().equals("8869")).extracting(CinRule::message)
                .containsExactly("Changed wording");
        assertThat(CinRuleSet.CIN2025_26.rules()).hasSize(109);
    }

    @Test
    void theUpnCheckLetterFollowsTheDfeAlgorithm() {
        assertThat(CinUpn.checkLetter("C872123456780")).isEqualTo('C');
        assertThat(CinUpn.checkLetter("Z872987654321")).isEqualTo('Z');
        assertThat(CinUpn.checkLetter("?87212345678A")).isNotNull();
        assertThat(CinUpn.checkLetter("?8721234X6780")).isNull();
    }
}
