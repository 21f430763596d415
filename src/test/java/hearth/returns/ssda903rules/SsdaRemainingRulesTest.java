package hearth.returns.ssda903rules;

import static hearth.returns.ssda903rules.SsdaCases.rows;
import static hearth.returns.ssda903rules.SsdaCases.rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The rules added after the first 250 that read this year's tables (348 also reads last year's care leavers, 392b
 * last year's UASC table), each with rows that break it and rows that do not.
 */
class SsdaRemainingRulesTest extends SsdaRuleCases {

    static Stream<Arguments> cases() {
        return Stream.of(
                rule("199", rows("episodes: CHILD=1 DECOM=01/05/2025 DEC=01/06/2025 REC=E11",
                                "episodes: CHILD=1 DECOM=01/08/2025 RNE=S"),
                        rows("episodes: CHILD=1 DECOM=01/05/2025 DEC=01/06/2025 REC=E13",
                                "episodes: CHILD=1 DECOM=01/08/2025 RNE=S")),
                rule("348", rows("oc3: CHILD=1 IN_TOUCH=YES", "last oc3: CHILD=1 IN_TOUCH=DIED"),
                        rows("oc3: CHILD=1 IN_TOUCH=DIED", "last oc3: CHILD=1 IN_TOUCH=DIED")),
                rule("364", rows("episodes: CHILD=1 DECOM=01/05/2025 DEC=01/06/2025 LS=J2"),
                        rows("episodes: CHILD=1 DECOM=01/05/2025 DEC=10/05/2025 LS=J2")),
                rule("575", rows("episodes: CHILD=1 DECOM=01/05/2025 DEC=01/06/2025 REC=E13",
                                "missing: CHILD=1 MISSING=M MIS_START=10/05/2025"),
                        rows("episodes: CHILD=1 DECOM=01/05/2025 DEC=01/06/2025 REC=E13",
                                "missing: CHILD=1 MISSING=M MIS_START=10/05/2025 MIS_END=12/05/2025")),
                rule("1016", rows("oc3: CHILD=1 DOB=01/06/2008 IN_TOUCH=YES",
                                "episodes: CHILD=1 DECOM=01/05/2025 DEC=01/07/2025 REC=E13"),
                        rows("oc3: CHILD=1 DOB=01/06/2008",
                                "episodes: CHILD=1 DECOM=01/05/2025 DEC=01/07/2025 REC=E13")),
                rule("392b", rows("episodes: CHILD=1 DECOM=01/05/2025 LS=C2 HOME_POST=AB12CD"),
                        rows("episodes: CHILD=1 DECOM=01/05/2025 LS=C2 HOME_POST=AB12CD PL_POST=AB12CE",
                                "episodes: CHILD=2 DECOM=01/05/2025 LS=V3", "episodes: CHILD=3 DECOM=01/05/2025 LS=C2",
                                "uasc: CHILD=3", "episodes: CHILD=4 DECOM=01/05/2025 LS=C2", "last uasc: CHILD=4")));
    }

    @Test
    void anEpisodeAfterAnAdoptionInLastYearsReturnIsReported() {
        assertThat(SsdaCases.check("199", rows("episodes: CHILD=1 DECOM=01/08/2025 RNE=S",
                "last episodes: CHILD=1 DECOM=01/05/2024 DEC=01/06/2024 REC=E12"))).hasSize(1);
        assertThat(SsdaCases.check("199", rows("episodes: CHILD=1 DECOM=01/08/2025 RNE=S",
                "last episodes: CHILD=1 DECOM=01/05/2024 DEC=01/06/2024 REC=E13"))).isEmpty();
    }

    @Test
    void aPacePeriodRunningOnThroughSeveralEpisodesCountsAsOne() {
        assertThat(SsdaCases.check("364", rows("episodes: CHILD=1 DECOM=01/05/2025 DEC=12/05/2025 LS=J2",
                "episodes: CHILD=1 DECOM=12/05/2025 DEC=24/05/2025 LS=J2"))).hasSize(2);
    }

    @Test
    void aChangeOfLegalStatusOnlyDoesNotEndThePlacementForMissingPeriods() {
        assertThat(SsdaCases.check("575", rows("episodes: CHILD=1 DECOM=01/05/2025 DEC=01/06/2025 REC=X1",
                "episodes: CHILD=1 DECOM=01/06/2025 RNE=L", "missing: CHILD=1 MISSING=M MIS_START=10/05/2025")))
                .isEmpty();
    }
}
