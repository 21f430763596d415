package hearth.returns.ssda903rules;

import static hearth.returns.ssda903rules.SsdaCases.rows;
import static hearth.returns.ssda903rules.SsdaCases.rule;
import static org.assertj.core.api.Assertions.assertThat;

import hearth.returns.ReturnValidation.Finding;
import hearth.returns.ssda903rules.SsdaReference.Postcode;
import hearth.returns.ssda903rules.SsdaReference.Provider;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules reading Ofsted's provider list or the ONS postcode directory, over small in-memory lists (the authority is
 * Reading, E06000038): each reports its failing rows and not the passing ones, and finds nothing while its list is not
 * loaded.
 */
class SsdaReferenceRulesTest {

    static final String AUTHORITY = "E06000038";

    static final List<Provider> PROVIDERS = List.of(
            new Provider("SC100001", Set.of("K2"), Set.of("PR1"), LocalDate.of(2010, 1, 1), null, "RG12LU"),
            new Provider("SC100002", Set.of("K2"), Set.of("PR2", "PR3"), LocalDate.of(2012, 1, 1),
                    LocalDate.of(2025, 6, 30), "OX11AA"));

    /** Reading (two, 2.0 miles apart), Oxford (a county district), Edinburgh, Wick, and one far off the map. */
    static final List<Postcode> POSTCODES = List.of(
            new Postcode("RG1 2LU", "E06000038", null, 471000, 173000),
            new Postcode("RG2 7AA", "E06000038", null, 472000, 170000),
            new Postcode("OX1 1AA", "E07000178", "E10000025", 451000, 206000),
            new Postcode("EH1 1AA", "S12000036", null, 325000, 673000),
            new Postcode("KW1 4AA", "S12000017", null, 336000, 950000),
            new Postcode("ZE9 9ZZ", "S12000027", null, 471000, 1800000));

    static final SsdaReference LISTS = SsdaReference.of(PROVIDERS, POSTCODES, AUTHORITY);

    static Stream<Arguments> cases() {
        return Stream.of(
                rule("219", rows("episodes: CHILD=1 PLACE=U4 URN=SC100001"),
                        rows("episodes: CHILD=1 PLACE=K2 URN=SC100001")),
                rule("221", rows("episodes: CHILD=1 LS=C2 PLACE=K2 PL_POST=RG27AA URN=SC100001"),
                        rows("episodes: CHILD=1 LS=C2 PLACE=K2 PL_POST=RG12LU URN=SC100001")),
                rule("224", rows("episodes: CHILD=1 PLACE_PROVIDER=PR2 URN=SC100001"),
                        rows("episodes: CHILD=1 PLACE_PROVIDER=PR1 URN=SC100001")),
                rule("227", rows("episodes: CHILD=1 DECOM=30/06/2025 URN=SC100002"),
                        rows("episodes: CHILD=1 DECOM=29/06/2025 URN=SC100002")),
                rule("228", rows("episodes: CHILD=1 DECOM=01/05/2025 DEC=01/07/2025 URN=SC100002"),
                        rows("episodes: CHILD=1 DECOM=01/05/2025 DEC=30/06/2025 URN=SC100002")),
                rule("229", rows("episodes: CHILD=1 PLACE=K2 PLACE_PROVIDER=PR2 URN=SC100001"),
                        rows("episodes: CHILD=1 PLACE=K2 PLACE_PROVIDER=PR1 URN=SC100001")),
                rule("1008", rows("episodes: CHILD=1 URN=SC999999"),
                        rows("episodes: CHILD=1 URN=SC100001", "episodes: CHILD=2 URN=XXXXXXX")),
                rule("164", rows("episodes: CHILD=1 LS=C2 HOME_POST=RG12LU PL_POST=ZE99ZZ"),
                        rows("episodes: CHILD=1 LS=C2 HOME_POST=RG12LU PL_POST=KW14AA")),
                rule("169", rows("episodes: CHILD=1 LS=C2 PL_POST=AB11AA"),
                        rows("episodes: CHILD=1 LS=C2 PL_POST=RG27AA", "episodes: CHILD=2 LS=V3")),
                rule("179", rows("episodes: CHILD=1 LS=C2"),
                        rows("episodes: CHILD=1 LS=C2 PL_POST=EH11AA")),
                rule("392a", rows("episodes: CHILD=1 LS=C2 HOME_POST=RG12LU"),
                        rows("episodes: CHILD=1 LS=C2 HOME_POST=RG12LU PL_POST=RG27AA", "uasc: CHILD=2",
                                "episodes: CHILD=2 LS=C2")),
                rule("392c", rows("episodes: CHILD=1 HOME_POST=AB11AA PL_POST=RG27AA"),
                        rows("episodes: CHILD=1 HOME_POST=rg12lu PL_POST=RG27AA")),
                rule("398", rows("episodes: CHILD=1 LS=V3 PL_POST=RG27AA"),
                        rows("episodes: CHILD=1 LS=V3", "episodes: CHILD=2 LS=C2 PL_POST=RG27AA")),
                rule("406", rows("uasc: CHILD=1", "episodes: CHILD=1 LS=C2 HOME_POST=RG12LU PL_POST=RG27AA"),
                        rows("uasc: CHILD=1", "episodes: CHILD=1 LS=C2 PL_POST=RG27AA")),
                rule("420", rows("episodes: CHILD=1 LS=V4 PL_POST=RG27AA"),
                        rows("episodes: CHILD=1 LS=V4", "episodes: CHILD=2 LS=C2 PL_POST=RG27AA")),
                rule("454", rows("episodes: CHILD=1 LS=C2 HOME_POST=RG12LU PL_POST=KW14AA"),
                        rows("episodes: CHILD=1 LS=C2 HOME_POST=RG12LU PL_POST=EH11AA")),
                rule("1015", rows("episodes: CHILD=1 LS=C2 PLACE=K2 PLACE_PROVIDER=PR1 PL_POST=OX11AA"),
                        rows("episodes: CHILD=1 LS=C2 PLACE=K2 PLACE_PROVIDER=PR1 PL_POST=RG27AA",
                                "episodes: CHILD=2 LS=C2 PLACE=U4 PLACE_PROVIDER=PR1 PL_POST=OX11AA")),
                rule("218", rows("episodes: CHILD=1 DECOM=01/05/2025 PLACE=K2 PL_POST=RG27AA"),
                        rows("episodes: CHILD=1 DECOM=01/05/2025 PLACE=K2 PL_POST=EH11AA",
                                "episodes: CHILD=2 DECOM=01/05/2025 PLACE=R1 PL_POST=RG27AA",
                                "episodes: CHILD=3 DECOM=01/01/2025 DEC=01/03/2025 PLACE=K2 PL_POST=RG27AA")),
                lastYear("452", "RNE=P PL_POST=OX11AA", "RNE=P PL_POST=RG27AA", "RNE=P PL_POST=RG12LU"),
                lastYear("453", "RNE=P HOME_POST=RG12LU PL_POST=OX11AA", "RNE=P HOME_POST=RG12LU PL_POST=RG27AA",
                        "RNE=P HOME_POST=RG12LU PL_POST=RG27AA"),
                lastYear("503G", "HOME_POST=RG12LU PL_POST=OX11AA", "HOME_POST=RG12LU PL_POST=RG27AA",
                        "HOME_POST=RG12LU PL_POST=RG27AA"),
                lastYear("503H", "PL_POST=OX11AA", "PL_POST=RG27AA", "PL_POST=RG12LU"),
                lastYear("503J", "PL_POST=OX11AA", "PL_POST=RG27AA", "PL_POST=RG12LU"));
    }

    /**
     * A rule comparing the first episode this year ({@code failing} or {@code passing}) with last year's open one
     * ({@code open}).
     */
    static Arguments lastYear(String code, String failing, String open, String passing) {
        String before = "last episodes: CHILD=1 DECOM=01/03/2025 " + open;
        return rule(code, rows("episodes: CHILD=1 DECOM=01/04/2025 " + failing, before),
                rows("episodes: CHILD=1 DECOM=01/04/2025 " + passing, before));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleReportsTheFailingRowsAndNotThePassingOnes(String code, List<String> failing, List<String> passing) {
        assertThat(check(code, failing, LISTS)).as(code + " on the failing rows").isNotEmpty()
                .allMatch(f -> f.rule().equals(code));
        assertThat(check(code, passing, LISTS)).as(code + " on the passing rows").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleReadingAListFindsNothingWhileItIsNotLoaded(String code, List<String> failing, List<String> passing) {
        if (code.equals("398")) {
            return;
        }
        boolean ofsted = SsdaRuleSet.LAC2025_26.rule(code) instanceof SsdaOfstedRule;
        SsdaReference without = ofsted ? SsdaReference.of(null, POSTCODES, AUTHORITY)
                : SsdaReference.of(PROVIDERS, null, AUTHORITY);
        assertThat(check(code, failing, without)).as(code + " without its list").isEmpty();
    }

    @Test
    void ruleThreeNinetyEightReadsOnlyTheReturn() {
        assertThat(check("398", rows("episodes: CHILD=1 LS=V3 HOME_POST=RG12LU"), SsdaReference.none(AUTHORITY)))
                .hasSize(1);
    }

    @Test
    void theComparisonsWithLastYearNeedLastYearsReturn() {
        assertThat(check("503H", rows("episodes: CHILD=1 DECOM=01/04/2025 PL_POST=OX11AA"), LISTS)).isEmpty();
    }

    @Test
    void theProvidersAuthorityIsWorkedOutFromItsPostcodeSoTwoTwoNineNeedsTheDirectoryToo() {
        List<String> failing = rows("episodes: CHILD=1 PLACE=K2 PLACE_PROVIDER=PR2 URN=SC100001");
        assertThat(check("229", failing, SsdaReference.of(PROVIDERS, null, AUTHORITY))).isEmpty();
        assertThat(check("229", rows("episodes: CHILD=1 PLACE=K2 PLACE_PROVIDER=PR1 URN=SC100002"), LISTS))
                .hasSize(1);
    }

    @Test
    void distanceIsTheStraightLineInMilesToOneDecimalPlaceAndOutsideEnglandIsTheCountry() {
        SsdaRow row = SsdaCases.tables("episodes: CHILD=1 HOME_POST=RG12LU PL_POST=EH11AA").episodes().get(0);
        assertThat(SsdaPlacementPlace.distance(LISTS, row)).isEqualTo(323.7);
        assertThat(SsdaPlacementPlace.placementLa(LISTS, row)).isEqualTo("SCO");
        assertThat(SsdaPlacementPlace.location(LISTS, row)).isEqualTo("OUT");
        SsdaRow oxford = SsdaCases.tables("episodes: CHILD=1 PL_POST=OX11AA").episodes().get(0);
        assertThat(SsdaPlacementPlace.placementLa(LISTS, oxford)).isEqualTo("E10000025");
        SsdaRow home = SsdaCases.tables("episodes: CHILD=1 PL_POST=RG27AA").episodes().get(0);
        assertThat(SsdaPlacementPlace.location(LISTS, home)).isEqualTo("IN");
    }

    private static List<Finding> check(String code, List<String> rows, SsdaReference lists) {
        SsdaRule rule = SsdaRuleSet.LAC2025_26.rule(code);
        assertThat(rule).as(code + " in lac2025_26").isNotNull();
        return rule.check(SsdaCases.tables(rows.toArray(String[]::new)).withReference(lists));
    }
}
