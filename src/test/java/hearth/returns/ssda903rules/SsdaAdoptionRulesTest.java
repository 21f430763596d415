package hearth.returns.ssda903rules;

import static hearth.returns.ssda903rules.SsdaCases.rows;
import static hearth.returns.ssda903rules.SsdaCases.rule;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The AD1, placed_adoption, prev_perm and social worker rules, each with rows that break it and rows that do not. */
class SsdaAdoptionRulesTest extends SsdaRuleCases {

    static final String FULL = "DATE_INT=01/06/2024 DATE_MATCH=01/09/2025 FOSTER_CARE=0 NB_ADOPTR=2 SEX_ADOPTR=MF"
            + " LS_ADOPTR=L11";
    static final String FOSTERED = "episodes: CHILD=1 DECOM=01/01/2024 RNE=S LS=E1 PLACE=U4 DEC=01/10/2025 REC=X1";
    static final String PLACED = "episodes: CHILD=1 DECOM=01/10/2025 RNE=T LS=E1 PLACE=A6 DEC=01/03/2026 REC=E11";
    static final String LEFT = "episodes: CHILD=1 DECOM=01/05/2025 RNE=S LS=C2 DEC=01/06/2025 REC=E13";
    static final String IN_CARE = "episodes: CHILD=1 DECOM=01/05/2025 RNE=S LS=C2";

    static Stream<Arguments> cases() {
        return Stream.of(
                ad1("112", "DATE_INT=2024-06-01", "DATE_INT=01/06/2024"),
                ad1("113", "DATE_MATCH=x", "DATE_MATCH=01/06/2024"),
                ad1("114", "FOSTER_CARE=2", "FOSTER_CARE=1"),
                ad1("175", "NB_ADOPTR=3", "NB_ADOPTR=1"),
                ad1("176", "SEX_ADOPTR=M2", "SEX_ADOPTR=M1"),
                ad1("177", "LS_ADOPTR=L1", "LS_ADOPTR=L0"),
                ad1("151", "DATE_INT=01/06/2024", FULL),
                ad1("333", "DATE_INT=02/06/2024 DATE_MATCH=01/06/2024", "DATE_INT=01/06/2024 DATE_MATCH=01/06/2024"),
                ad1("511", "NB_ADOPTR=2 SEX_ADOPTR=M1", "NB_ADOPTR=2 SEX_ADOPTR=FF"),
                ad1("514", "NB_ADOPTR=2 LS_ADOPTR=L0", "NB_ADOPTR=1 LS_ADOPTR=L0"),
                ad1("517", "LS_ADOPTR=L3 SEX_ADOPTR=MM", "LS_ADOPTR=L3 SEX_ADOPTR=MF"),
                ad1("518", "LS_ADOPTR=L4 SEX_ADOPTR=MF", "LS_ADOPTR=L4 SEX_ADOPTR=FF"),
                ad1("524", "LS_ADOPTR=L12 SEX_ADOPTR=MF", "LS_ADOPTR=L12 SEX_ADOPTR=MM"),
                ad1("519", "LS_ADOPTR=L2 SEX_ADOPTR=F1", "LS_ADOPTR=L2 SEX_ADOPTR=FF"),
                ad1("520", "LS_ADOPTR=L11 SEX_ADOPTR=FF", "LS_ADOPTR=L11 SEX_ADOPTR=MF"),
                rule("602", rows(LEFT, "ad1: CHILD=1 " + FULL), rows(FOSTERED, PLACED, "ad1: CHILD=1 " + FULL)),
                rule("601", rows(FOSTERED, PLACED), rows(FOSTERED, PLACED, "ad1: CHILD=1 " + FULL)),
                rule("582", rows(FOSTERED, PLACED, "ad1: CHILD=1 DATE_MATCH=01/03/2026"),
                        rows(FOSTERED, PLACED, "ad1: CHILD=1 DATE_MATCH=01/09/2025")),
                rule("331", rows(FOSTERED, PLACED, "ad1: CHILD=1 DATE_MATCH=02/10/2025"),
                        rows(FOSTERED, PLACED, "ad1: CHILD=1 DATE_MATCH=01/10/2025")),
                rule("521", rows(FOSTERED, PLACED, "ad1: CHILD=1 DATE_INT=02/10/2025"),
                        rows(FOSTERED, PLACED, "ad1: CHILD=1 DATE_INT=01/06/2024")),
                rule("334", rows(FOSTERED, PLACED, "ad1: CHILD=1 DATE_INT=01/06/2023"),
                        rows(FOSTERED, PLACED, "ad1: CHILD=1 DATE_INT=01/06/2024")),
                rule("335", rows(FOSTERED, PLACED, "ad1: CHILD=1 FOSTER_CARE=1"),
                        rows(FOSTERED, PLACED, "ad1: CHILD=1 FOSTER_CARE=0")),
                rule("523", rows("ad1: CHILD=1 DATE_INT=01/06/2024", "placed_adoption: CHILD=1 DATE_PLACED=02/06/2024"),
                        rows("ad1: CHILD=1 DATE_INT=01/06/2024", "placed_adoption: CHILD=1 DATE_PLACED=01/06/2024")),
                rule("525", rows("ad1: CHILD=1", "placed_adoption: CHILD=1 DATE_PLACED=01/06/2024 DATE_PLACED_CEASED=01/07/2025"),
                        rows("ad1: CHILD=1", "placed_adoption: CHILD=1 DATE_PLACED=01/06/2024")),
                placed("115", "DATE_PLACED=01/06/24", "DATE_PLACED=01/06/2024"),
                placed("116", "DATE_PLACED_CEASED=31/06/2025", "DATE_PLACED_CEASED=30/06/2025 REASON_PLACED_CEASED=RD1"),
                placed("119", "DATE_PLACED_CEASED=30/06/2025", "DATE_PLACED_CEASED=30/06/2025 REASON_PLACED_CEASED=RD1"),
                placed("120", "REASON_PLACED_CEASED=RD5", "REASON_PLACED_CEASED=RD4"),
                rule("184", rows("header: CHILD=1 DOB=01/01/2024", "placed_adoption: CHILD=1 DATE_PLACED=01/12/2023"),
                        rows("header: CHILD=1 DOB=01/01/2024", "placed_adoption: CHILD=1 DATE_PLACED=01/12/2024")),
                placed("522", "DATE_PLACED=01/07/2025 DATE_PLACED_CEASED=30/06/2025",
                        "DATE_PLACED=30/06/2025 DATE_PLACED_CEASED=30/06/2025"),
                placed("563", "DATE_PLACED_CEASED=30/06/2025", "DATE_PLACED=01/06/2025 DATE_PLACED_CEASED=30/06/2025"),
                rule("117", rows(LEFT, "placed_adoption: CHILD=1 DATE_PLACED=02/06/2025"),
                        rows(LEFT, "placed_adoption: CHILD=1 DATE_PLACED=01/06/2025")),
                rule("118", rows(IN_CARE, "placed_adoption: CHILD=1 DATE_PLACED=01/05/2025 DATE_PLACED_CEASED=30/04/2025"),
                        rows(IN_CARE, "placed_adoption: CHILD=1 DATE_PLACED=01/05/2025 DATE_PLACED_CEASED=01/05/2025")),
                rule("1003", rows(IN_CARE, "placed_adoption: CHILD=1 DATE_PLACED=30/04/2025"),
                        rows(IN_CARE, "placed_adoption: CHILD=1 DATE_PLACED=01/05/2025")),
                rule("579", rows("placed_adoption: CHILD=1 DATE_PLACED=01/05/2025",
                        "placed_adoption: CHILD=1 DATE_PLACED=01/07/2025"),
                        rows("placed_adoption: CHILD=1 DATE_PLACED=01/05/2025 DATE_PLACED_CEASED=01/06/2025",
                                "placed_adoption: CHILD=1 DATE_PLACED=01/07/2025")),
                rule("583", rows("placed_adoption: CHILD=1 DATE_PLACED=01/05/2025",
                        "placed_adoption: CHILD=1 DATE_PLACED=01/07/2025"),
                        rows("placed_adoption: CHILD=1 DATE_PLACED=01/05/2025 DATE_PLACED_CEASED=01/06/2025",
                                "placed_adoption: CHILD=1 DATE_PLACED=01/07/2025")),
                rule("551", rows(PLACED), rows(PLACED, "placed_adoption: CHILD=1 DATE_PLACED=01/06/2024")),
                rule("553", rows(FOSTERED), rows(FOSTERED, "placed_adoption: CHILD=1 DATE_PLACED=01/06/2024")),
                rule("552", rows(PLACED, "placed_adoption: CHILD=1 DATE_PLACED=02/10/2025"),
                        rows(PLACED, "placed_adoption: CHILD=1 DATE_PLACED=01/10/2025")),
                rule("554", rows(FOSTERED, "placed_adoption: CHILD=1 DATE_PLACED=02/01/2024"),
                        rows(FOSTERED, "placed_adoption: CHILD=1 DATE_PLACED=01/01/2024")),
                rule("557", rows(LEFT, "placed_adoption: CHILD=1 DATE_PLACED=01/05/2025"),
                        rows(LEFT, "placed_adoption: CHILD=1 DATE_PLACED=01/05/2025 DATE_PLACED_CEASED=01/06/2025")),
                rule("558", rows(FOSTERED, PLACED, "placed_adoption: CHILD=1 DATE_PLACED=01/06/2024 DATE_PLACED_CEASED=01/07/2025"),
                        rows(FOSTERED, PLACED, "placed_adoption: CHILD=1 DATE_PLACED=01/06/2024")),
                perm("631", "PREV_PERM=P9", "PREV_PERM=Z1"),
                rule("632", rows(IN_CARE, "prev_perm: CHILD=1 PREV_PERM=P1 DATE_PERM=02/05/2025"),
                        rows(IN_CARE, "prev_perm: CHILD=1 PREV_PERM=P1 DATE_PERM=01/05/2020")),
                perm("633", "LA_PERM=ABC", "LA_PERM=WAL"),
                perm("635", "PREV_PERM=Z1 LA_PERM=872", "PREV_PERM=P1 LA_PERM=872"),
                rule("634", rows("episodes: CHILD=1 DECOM=01/01/2016 RNE=S", "prev_perm: CHILD=1 PREV_PERM=Z1"),
                        rows("episodes: CHILD=1 DECOM=01/04/2016 RNE=S", "prev_perm: CHILD=1 PREV_PERM=Z1")),
                rule("630", rows(IN_CARE, "prev_perm: CHILD=1 PREV_PERM=P1"),
                        rows(IN_CARE, "prev_perm: CHILD=1 PREV_PERM=P1 LA_PERM=872 DATE_PERM=01/05/2020")),
                sw("SW01aSTG1", "SW_ID=SW1", "SW_ID=SW1 SW_DECOM=01/05/2025"),
                sw("SW01bSTG1", "SW_ID=SW1 SW_DECOM=01/05/2025", "SW_ID=SW1 SW_DECOM=01/05/2025 SW_REASON=MANAGE"),
                sw("SW02STG1", "SW_ID=AB1", "SW_ID=XX1"),
                sw("SW04STG1", "SW_DECOM=1/5/2025", "SW_DECOM=01/05/2025"),
                sw("SW05STG1", "SW_DEC=1/6/2025", "SW_DEC=01/06/2025"),
                sw("SW06STG2", "SW_DECOM=01/04/2026", "SW_DECOM=31/03/2026"),
                sw("SW07STG2", "SW_DEC=01/04/2026", "SW_DEC=31/03/2026"),
                sw("SW09STG2", "SW_DECOM=01/05/2025 SW_DEC=01/05/2025", "SW_DECOM=01/05/2025 SW_DEC=02/05/2025"),
                sw("SW13STG1", "SW_REASON=MOVED", "SW_REASON=OTHERS"),
                rule("SW08STG2", rows("social_worker: CHILD=1 SW_DECOM=01/05/2025", "social_worker: CHILD=1 SW_DECOM=01/06/2025"),
                        rows("social_worker: CHILD=1 SW_DECOM=01/05/2025 SW_DEC=01/06/2025",
                                "social_worker: CHILD=1 SW_DECOM=01/06/2025")),
                rule("SW10STG2", rows("social_worker: CHILD=1 SW_DECOM=01/05/2025 SW_DEC=05/06/2025",
                        "social_worker: CHILD=1 SW_DECOM=01/06/2025"),
                        rows("social_worker: CHILD=1 SW_DECOM=01/05/2025 SW_DEC=01/06/2025",
                                "social_worker: CHILD=1 SW_DECOM=01/06/2025")),
                rule("SW11bSTG2", rows(IN_CARE, "social_worker: CHILD=1 SW_DECOM=01/05/2025 SW_DEC=01/06/2025"),
                        rows(LEFT, "social_worker: CHILD=1 SW_DECOM=01/05/2025 SW_DEC=01/06/2025")),
                rule("SW17STG2", rows(IN_CARE, "social_worker: CHILD=1 SW_DECOM=01/05/2025 SW_DEC=01/06/2025"),
                        rows(IN_CARE, "social_worker: CHILD=1 SW_DECOM=01/05/2025")));
    }

    static Arguments ad1(String code, String failing, String passing) {
        return rule(code, rows("ad1: CHILD=1 " + failing), rows("ad1: CHILD=1 " + passing));
    }

    static Arguments placed(String code, String failing, String passing) {
        return rule(code, rows("placed_adoption: CHILD=1 " + failing), rows("placed_adoption: CHILD=1 " + passing));
    }

    static Arguments perm(String code, String failing, String passing) {
        return rule(code, rows("prev_perm: CHILD=1 " + failing), rows("prev_perm: CHILD=1 " + passing));
    }

    static Arguments sw(String code, String failing, String passing) {
        return rule(code, rows("social_worker: CHILD=1 " + failing), rows("social_worker: CHILD=1 " + passing));
    }
}
