package hearth.returns.ssda903rules;

import static hearth.returns.ssda903rules.SsdaCases.rows;
import static hearth.returns.ssda903rules.SsdaCases.rule;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The Reviews, Missing, OC2 and OC3 rules, each with rows that break it and rows that do not. */
class SsdaOtherRulesTest extends SsdaRuleCases {

    /** Looked after since 2020 and still at 31 March: in the OC2 cohort. */
    static final String LONG = "episodes: CHILD=1 DECOM=01/01/2020 RNE=S LS=C2";
    /** Looked after from May 2025 and still at 31 March: not in the OC2 cohort. */
    static final String SHORT = "episodes: CHILD=1 DECOM=01/05/2025 RNE=S LS=C2";
    /** Left care on 1 June 2025. */
    static final String LEFT = "episodes: CHILD=1 DECOM=01/05/2025 RNE=S LS=C2 DEC=01/06/2025 REC=E13";
    static final String FOUR = "IMMUNISATIONS=1 TEETH_CHECK=1 HEALTH_ASSESSMENT=1 SUBSTANCE_MISUSE=0";

    static Stream<Arguments> cases() {
        return Stream.of(
                rule("166", rows("reviews: CHILD=1 REVIEW=32/05/2025"), rows("reviews: CHILD=1 REVIEW=01/05/2025")),
                rule("167", rows("reviews: CHILD=1 REVIEW=01/05/2025"),
                        rows("reviews: CHILD=1 REVIEW=01/05/2025 REVIEW_CODE=PN1")),
                rule("440", rows("reviews: CHILD=1 DOB=01/01/2015 REVIEW=01/05/2025 REVIEW_CODE=PN0"),
                        rows("reviews: CHILD=1 DOB=01/01/2023 REVIEW=01/05/2025 REVIEW_CODE=PN0")),
                rule("441", rows("reviews: CHILD=1 DOB=01/01/2023 REVIEW=01/05/2025 REVIEW_CODE=PN1"),
                        rows("reviews: CHILD=1 DOB=01/01/2015 REVIEW=01/05/2025 REVIEW_CODE=PN1")),
                missing("564", "MISSING=M", "MISSING=M MIS_START=01/06/2025"),
                missing("565", "MIS_START=01/06/2025", "MISSING=A MIS_START=01/06/2025"),
                missing("566", "MIS_END=02/06/2025", "MISSING=A MIS_END=02/06/2025"),
                missing("567", "MIS_START=02/06/2025 MIS_END=01/06/2025", "MIS_START=02/06/2025 MIS_END=02/06/2025"),
                missing("570", "MIS_START=01/04/2026", "MIS_START=31/03/2026"),
                missing("571", "MIS_END=31/03/2025", "MIS_END=01/04/2025"),
                missing("586", "DOB=01/01/2015 MIS_START=31/12/2014", "DOB=01/01/2015 MIS_START=01/01/2025"),
                missing("1004", "MIS_START=01-06-2025", "MIS_START=01/06/2025"),
                missing("1005", "MIS_END=1/6/25", "MIS_END=01/06/2025"),
                missing("1006", "MISSING=X", "MISSING=A"),
                rule("574", rows("missing: CHILD=1 MIS_START=01/06/2025", "missing: CHILD=1 MIS_START=05/06/2025"),
                        rows("missing: CHILD=1 MIS_START=01/06/2025 MIS_END=02/06/2025",
                                "missing: CHILD=1 MIS_START=05/06/2025")),
                rule("577", rows(LEFT, "missing: CHILD=1 MIS_START=20/05/2025"),
                        rows(LEFT, "missing: CHILD=1 MIS_START=20/05/2025 MIS_END=21/05/2025")),
                rule("578", rows(LEFT, "missing: CHILD=1 MIS_START=20/06/2025 MIS_END=21/06/2025"),
                        rows(LEFT, "missing: CHILD=1 MIS_START=20/05/2025 MIS_END=21/05/2025")),
                rule("580", rows(LEFT, "missing: CHILD=1 MIS_START=20/05/2025"),
                        rows(LEFT.replace("E13", "E8"), "missing: CHILD=1 MIS_START=20/05/2025")),
                rule("581", rows(SHORT, "missing: CHILD=1 MIS_START=20/04/2025"),
                        rows(SHORT, "missing: CHILD=1 MIS_START=20/05/2025")),
                oc2("180", "SDQ_SCORE=41", "SDQ_SCORE=40"),
                oc2("181", "CONVICTED=2", "CONVICTED=0"),
                oc2("182", "CONVICTED=0", "CONVICTED=0 " + FOUR),
                oc2("196", "SDQ_REASON=SDQ9", "SDQ_REASON=SDQ4"),
                oc2("197a", "SDQ_SCORE=10 SDQ_REASON=SDQ4", "SDQ_SCORE=10"),
                oc2("158", "INTERVENTION_RECEIVED=1 INTERVENTION_OFFERED=1", "INTERVENTION_RECEIVED=1"),
                oc2("159", "SUBSTANCE_MISUSE=1 INTERVENTION_RECEIVED=0",
                        "SUBSTANCE_MISUSE=1 INTERVENTION_RECEIVED=0 INTERVENTION_OFFERED=1"),
                oc2("192", "SUBSTANCE_MISUSE=1", "SUBSTANCE_MISUSE=1 INTERVENTION_RECEIVED=1"),
                oc2("193", "SUBSTANCE_MISUSE=0 INTERVENTION_RECEIVED=0", "SUBSTANCE_MISUSE=0"),
                oc2("188", "DOB=01/06/2022 SDQ_REASON=SDQ1", "DOB=01/06/2020 SDQ_REASON=SDQ1"),
                oc2("189", "DOB=01/01/2008 SDQ_REASON=SDQ1", "DOB=01/01/2009 SDQ_REASON=SDQ1"),
                oc2("542", "DOB=01/06/2016 CONVICTED=0", "DOB=01/01/2016 CONVICTED=0"),
                rule("543", rows(LONG, "oc2: CHILD=1 DOB=01/01/2012"), rows(LONG, "oc2: CHILD=1 DOB=01/01/2012 CONVICTED=0")),
                oc2("544", "CONVICTED=0", "CONVICTED=0 " + FOUR),
                oc2("545", "DOB=01/01/2022", "DOB=01/01/2022 HEALTH_CHECK=1"),
                oc2("546", "DOB=01/01/2020 HEALTH_CHECK=1", "DOB=01/01/2020"),
                oc2("547", "HEALTH_CHECK=1", "HEALTH_CHECK=1 " + FOUR),
                rule("185", rows(SHORT, "oc2: CHILD=1 SDQ_SCORE=10"), rows(LONG, "oc2: CHILD=1 SDQ_SCORE=10")),
                rule("198", rows(SHORT, "oc2: CHILD=1 SDQ_REASON=SDQ4"), rows(LONG, "oc2: CHILD=1 SDQ_REASON=SDQ4")),
                rule("190", rows(SHORT, "oc2: CHILD=1 " + FOUR), rows(LONG, "oc2: CHILD=1 " + FOUR)),
                rule("191", rows(LONG, "oc2: CHILD=1 IMMUNISATIONS=1"), rows(LONG, "oc2: CHILD=1 " + FOUR)),
                rule("186", rows(LONG, "oc2: CHILD=1 DOB=01/01/2015"), rows(LONG, "oc2: CHILD=1 DOB=01/01/2015 SDQ_SCORE=5")),
                rule("197B", rows(LONG, "oc2: CHILD=1 DOB=01/06/2021"), rows(LONG, "oc2: CHILD=1 DOB=01/06/2021 SDQ_REASON=SDQ4")),
                rule("157", rows(LONG, "oc2: CHILD=1 DOB=01/01/2015 SDQ_REASON=SDQ1"),
                        rows(LONG, "oc2: CHILD=1 DOB=01/01/2015 SDQ_REASON=SDQ4")),
                rule("215", rows("oc3: CHILD=1 IN_TOUCH=YES", "oc2: CHILD=1 CONVICTED=0"),
                        rows("oc3: CHILD=1 IN_TOUCH=YES", "oc2: CHILD=1")),
                oc3("131", "IN_TOUCH=MAYBE", "IN_TOUCH=YES ACTIV=F1 ACCOM=U1"),
                oc3("132", "ACTIV=Q1", "ACTIV=F1"),
                oc3("133", "ACCOM=A1", "ACCOM=U1"),
                oc3("153", "IN_TOUCH=YES ACTIV=F1", "IN_TOUCH=YES ACTIV=F1 ACCOM=U1"),
                oc3("345", "IN_TOUCH=YES ACTIV=0 ACCOM=U1", "IN_TOUCH=YES ACTIV=F1 ACCOM=U1"),
                oc3("344", "IN_TOUCH=DIED ACTIV=F1", "IN_TOUCH=DIED"),
                oc3("347", "DOB=01/06/2008 ACCOM=T1", "DOB=01/06/2007 ACCOM=T1"),
                oc3("391", "DOB=01/06/2010", "DOB=01/06/2008"),
                oc3("3001", "DOB=01/06/2008 ACCOM=Z1", "DOB=01/06/2007 ACCOM=Z1"),
                rule("1000", rows("episodes: CHILD=1 DECOM=01/05/2025 DEC=01/06/2025 REC=E2", "oc3: CHILD=1 IN_TOUCH=DIED"),
                        rows(LEFT, "oc3: CHILD=1 IN_TOUCH=YES")),
                rule("1011", rows(LEFT.replace("E13", "E3"), "oc3: CHILD=1 IN_TOUCH=NO"), rows(LEFT, "oc3: CHILD=1 IN_TOUCH=NO")),
                rule("1007", rows(LONG, "oc3: CHILD=1 DOB=01/06/2008 IN_TOUCH=YES"),
                        rows(LEFT, "oc3: CHILD=1 DOB=01/06/2008 IN_TOUCH=YES")),
                rule("187", rows(LONG, "oc3: CHILD=1 IN_TOUCH=YES"), rows(SHORT, "oc3: CHILD=1 IN_TOUCH=YES")),
                rule("1012", rows("oc3: CHILD=1 IN_TOUCH=YES", "reviews: CHILD=1"),
                        rows("oc3: CHILD=1 IN_TOUCH=YES", "reviews: CHILD=1", SHORT)),
                rule("134", rows("oc3: CHILD=1 IN_TOUCH=YES", "ad1: CHILD=1 FOSTER_CARE=0"),
                        rows("oc3: CHILD=1 IN_TOUCH=YES", "ad1: CHILD=2 FOSTER_CARE=0")));
    }

    static Arguments missing(String code, String failing, String passing) {
        return rule(code, rows("missing: CHILD=1 " + failing), rows("missing: CHILD=1 " + passing));
    }

    static Arguments oc2(String code, String failing, String passing) {
        return rule(code, rows("oc2: CHILD=1 " + failing), rows("oc2: CHILD=1 " + passing));
    }

    static Arguments oc3(String code, String failing, String passing) {
        return rule(code, rows("oc3: CHILD=1 " + failing), rows("oc3: CHILD=1 " + passing));
    }
}
