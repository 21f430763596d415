package hearth.returns.ssda903rules;

import static hearth.returns.ssda903rules.SsdaCases.rows;
import static hearth.returns.ssda903rules.SsdaCases.rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The rules comparing this year's return with last year's ({@code last ...} rows), each with rows that break it and
 * rows that do not; without last year's return they find nothing.
 */
class SsdaLastYearRulesTest extends SsdaRuleCases {

    static final String OPEN = "last episodes: CHILD=1 DECOM=01/03/2025 RNE=S LS=C2 CIN=N1 PLACE=U4 PLACE_PROVIDER=PR1"
            + " URN=SC1";

    static Stream<Arguments> cases() {
        return Stream.of(
                rule("202", rows("header: CHILD=1 SEX=F", "last header: CHILD=1 SEX=M"),
                        rows("header: CHILD=1 SEX=F", "last header: CHILD=1 SEX=F")),
                rule("203", rows("header: CHILD=1 DOB=01/01/2010", "last header: CHILD=1 DOB=02/01/2010"),
                        rows("header: CHILD=1 DOB=01/01/2010", "last header: CHILD=1 DOB=01/01/2010")),
                rule("204", rows("header: CHILD=1 ETHNIC=WBRI", "last header: CHILD=1 ETHNIC=WIRI"),
                        rows("header: CHILD=1 ETHNIC=WBRI", "last header: CHILD=1 ETHNIC=WBRI")),
                rule("205A", rows("header: CHILD=1", "last header: CHILD=1", "last uasc: CHILD=1 DUC=01/06/2023"),
                        rows("header: CHILD=1", "last header: CHILD=1", "last uasc: CHILD=1 DUC=01/06/2024")),
                rule("205B", rows("header: CHILD=1 DOB=01/01/2009", "uasc: CHILD=1 DUC=01/01/2027",
                                "last uasc: CHILD=1 DUC=01/02/2026"),
                        rows("header: CHILD=1 DOB=01/01/2009", "uasc: CHILD=1 DUC=01/01/2027",
                                "last uasc: CHILD=1 DUC=01/01/2027")),
                rule("205D", rows("header: CHILD=1", "uasc: CHILD=1", "last header: CHILD=1"),
                        rows("header: CHILD=1", "uasc: CHILD=1", "last header: CHILD=1", "last uasc: CHILD=1")),
                rule("207", rows("header: CHILD=1 MOTHER=0", "episodes: CHILD=1 DECOM=01/05/2025",
                                "last header: CHILD=1 MOTHER=1"),
                        rows("header: CHILD=1 MOTHER=1", "episodes: CHILD=1 DECOM=01/05/2025",
                                "last header: CHILD=1 MOTHER=1")),
                rule("208", rows("header: CHILD=1 UPN=A12345678901B", "last header: CHILD=1 UPN=B12345678901C"),
                        rows("header: CHILD=1 UPN=A12345678901B", "last header: CHILD=1 UPN=UN1")),
                rule("502", rows("episodes: CHILD=1 DECOM=01/05/2025", "last episodes: CHILD=1 DECOM=01/03/2025"),
                        rows("episodes: CHILD=1 DECOM=01/03/2025", "last episodes: CHILD=1 DECOM=01/03/2025")),
                carried("503A", "RNE=P", "RNE=S"),
                carried("503B", "LS=C1", "LS=C2"),
                carried("503C", "CIN=N2", "CIN=N1"),
                carried("503D", "PLACE=U5", "PLACE=U4"),
                carried("503E", "PLACE_PROVIDER=PR2", "PLACE_PROVIDER=PR1"),
                carried("503F", "URN=SC2", "URN=SC1"),
                rule("559", rows("placed_adoption: CHILD=1 DATE_PLACED=01/02/2025", "last"),
                        rows("placed_adoption: CHILD=1 DATE_PLACED=01/02/2025",
                                "last placed_adoption: CHILD=1 DATE_PLACED=01/02/2025")),
                rule("560", rows("placed_adoption: CHILD=1 DATE_PLACED=01/05/2025",
                                "last placed_adoption: CHILD=1 DATE_PLACED=01/02/2025"),
                        rows("placed_adoption: CHILD=1 DATE_PLACED=01/02/2025",
                                "last placed_adoption: CHILD=1 DATE_PLACED=01/02/2025")),
                rule("561", rows("placed_adoption: CHILD=1 DATE_PLACED=01/02/2025", REVERSED),
                        rows("placed_adoption: CHILD=1 DATE_PLACED=01/06/2025", REVERSED)),
                rule("584", rows("placed_adoption: CHILD=1 DATE_PLACED=01/01/2025", REVERSED),
                        rows("placed_adoption: CHILD=1 DATE_PLACED=01/06/2025", REVERSED)),
                rule("562", rows("episodes: CHILD=1 DECOM=01/03/2025", "last episodes: CHILD=1 DECOM=01/02/2025"),
                        rows("episodes: CHILD=1 DECOM=01/03/2025", "last episodes: CHILD=1 DECOM=01/03/2025")),
                rule("576", rows("missing: CHILD=1 MISSING=M MIS_START=05/04/2025",
                                "last missing: CHILD=1 MISSING=M MIS_START=30/03/2025"),
                        rows("missing: CHILD=1 MISSING=M MIS_START=30/03/2025",
                                "last missing: CHILD=1 MISSING=M MIS_START=30/03/2025")),
                rule("624", rows("header: CHILD=1 MC_DOB=01/01/2025", "last header: CHILD=1 MC_DOB=02/01/2025"),
                        rows("header: CHILD=1 MC_DOB=01/01/2025", "last header: CHILD=1 MC_DOB=01/01/2025")),
                rule("626", rows("header: CHILD=1 MOTHER=1 MC_DOB=01/01/2025", "last header: CHILD=1 MOTHER=0"),
                        rows("header: CHILD=1 MOTHER=1 MC_DOB=01/05/2025", "last header: CHILD=1 MOTHER=0")),
                rule("1001", rows("header: CHILD=1 DOB=01/06/2007", "oc3: CHILD=1", "episodes: CHILD=2 DECOM=01/05/2025",
                                "last episodes: CHILD=1 DECOM=01/01/2025 DEC=01/02/2025 LS=C2 REC=E13"),
                        rows("header: CHILD=1 DOB=01/06/2007", "oc3: CHILD=1", "episodes: CHILD=2 DECOM=01/05/2025",
                                "last episodes: CHILD=1 DECOM=01/06/2024 DEC=01/02/2025 LS=C2 REC=E13")),
                rule("1002", rows("oc3: CHILD=1", "last"),
                        rows("oc3: CHILD=1", "last episodes: CHILD=1 DECOM=01/06/2024 DEC=01/02/2025")),
                rule("1010", rows("oc3: CHILD=1", "last episodes: CHILD=1 DECOM=01/06/2024"),
                        rows("oc3: CHILD=1", "last episodes: CHILD=1 DECOM=01/06/2024 DEC=01/02/2025")),
                rule("NoE", rows("episodes: CHILD=1 DECOM=01/03/2025", "last"),
                        rows("episodes: CHILD=1 DECOM=01/03/2025", "last episodes: CHILD=1 DECOM=01/03/2025")));
    }

    static final String REVERSED = "last placed_adoption: CHILD=1 DATE_PLACED=01/02/2025 DATE_PLACED_CEASED=01/03/2025"
            + " REASON_PLACED_CEASED=RD1";

    /** The first episode this year, open since 1 March 2025, differs from last year's open one in one item. */
    static Arguments carried(String code, String differing, String same) {
        String now = OPEN.replace("last ", "").replace(same, differing);
        return rule(code, rows(now, OPEN), rows(OPEN.replace("last ", ""), OPEN));
    }

    @Test
    void withoutLastYearTheRulesFindNothing() {
        cases().forEach(a -> {
            String code = (String) a.get()[0];
            @SuppressWarnings("unchecked")
            List<String> failing = (List<String>) a.get()[1];
            List<String> thisYear = failing.stream().filter(r -> !r.startsWith("last")).toList();
            assertThat(SsdaCases.check(code, thisYear)).as(code).isEmpty();
        });
    }

    @Test
    void placementTypeH5MayBecomeK3() {
        String h5 = OPEN.replace("PLACE=U4", "PLACE=H5");
        assertThat(SsdaCases.check("503D", rows(h5.replace("last ", "").replace("PLACE=H5", "PLACE=K3"), h5)))
                .isEmpty();
    }
}
