package hearth.returns.ssda903rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An in-year extract is judged as it stood on the day it was taken, not on a 31 March still to come. */
class InYearExtractTest {

    private static final String[] SEVENTEEN_IN_FOSTER_CARE = {"header: CHILD=1 DOB=01/01/2008",
        "episodes: CHILD=1 DECOM=01/06/2024 RNE=S LS=C2 CIN=N1 PLACE=U4"};

    @Test
    void aChildWhoTurnsEighteenAfterTheExtractIsNotYetLookedAfterPastEighteen() {
        SsdaTables whole = SsdaCases.tables(SEVENTEEN_IN_FOSTER_CARE);
        SsdaTables inYear = new SsdaTables(whole.year(), LocalDate.of(2025, 11, 23), Map.of(
                SsdaTableName.HEADER, whole.header(), SsdaTableName.EPISODES, whole.episodes()));

        assertThat(SsdaRuleSet.LAC2025_26.rule("359").check(whole)).hasSize(1);
        assertThat(SsdaRuleSet.LAC2025_26.rule("359").check(inYear)).isEmpty();
    }

    @Test
    void anExtractDateAfterTheYearEndIsJudgedOn31March() {
        SsdaTables late = new SsdaTables(2026, LocalDate.of(2026, 5, 2), Map.of());

        assertThat(late.census()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void theAsOfOptionIsReadAndABadDateRefusedWithTheFormatExpected() {
        assertThat(Ssda903Validation.asOf(List.of("--year", "2026", "--as-of", "2025-11-23")))
                .isEqualTo(LocalDate.of(2025, 11, 23));
        assertThat(Ssda903Validation.asOf(List.of("--as-of=2025-11-23"))).isEqualTo(LocalDate.of(2025, 11, 23));
        assertThat(Ssda903Validation.year(List.of("--as-of", "2025-11-23", "--year", "2026"))).isEqualTo(2026);
        assertThatThrownBy(() -> Ssda903Validation.asOf(List.of("--as-of", "23/11/2025")))
                .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> Ssda903Validation.asOf(List.of("--as-of"))).hasMessageContaining("needs a value");
    }
}
