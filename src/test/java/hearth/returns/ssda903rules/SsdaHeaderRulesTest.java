package hearth.returns.ssda903rules;

import static hearth.returns.ssda903rules.SsdaCases.rows;
import static hearth.returns.ssda903rules.SsdaCases.rule;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The Header, UASC and internal-check rules, each with rows that break it and rows that do not. */
class SsdaHeaderRulesTest extends SsdaRuleCases {

    static final String EP = "episodes: CHILD=1 DECOM=01/05/2025 RNE=S LS=C2";

    static Stream<Arguments> cases() {
        return Stream.of(
                rule("101", rows("header: CHILD=1 SEX=1"), rows("header: CHILD=1 SEX=U")),
                rule("102", rows("header: CHILD=1 DOB=31/02/2010"), rows("header: CHILD=1 DOB=28/02/2010")),
                rule("103", rows("header: CHILD=1 ETHNIC=XXXX"), rows("header: CHILD=1 ETHNIC=WBRI")),
                rule("168", rows("header: CHILD=1 UPN=UN9"), rows("header: CHILD=1 UPN=A12345678901B")),
                rule("171", rows("header: CHILD=1 MC_DOB=2025-01-01"), rows("header: CHILD=1 MC_DOB=01/01/2025")),
                rule("174", rows("header: CHILD=1 SEX=M MC_DOB=01/01/2025"), rows("header: CHILD=1 SEX=F MC_DOB=01/01/2025")),
                rule("209", rows("header: CHILD=1 UPN=UN1 DOB=01/01/2015"), rows("header: CHILD=1 UPN=UN1 DOB=01/01/2021")),
                rule("232", rows("header: CHILD=1 SEX=U"), rows("header: CHILD=1 SEX=F")),
                rule("301", rows("header: CHILD=1 DOB=01/04/2026"), rows("header: CHILD=1 DOB=31/03/2026")),
                rule("351", rows("header: CHILD=1 DOB=01/01/2000"), rows("header: CHILD=1 DOB=01/05/2000")),
                rule("611", rows("header: CHILD=1 MOTHER=1"), rows("header: CHILD=1 MOTHER=1 MC_DOB=01/01/2025")),
                rule("612", rows("header: CHILD=1 MOTHER=0 MC_DOB=01/01/2025"), rows("header: CHILD=1 MOTHER=0")),
                rule("620", rows("header: CHILD=1 MOTHER=1 DOB=01/01/2015"), rows("header: CHILD=1 MOTHER=1 DOB=01/01/2009")),
                rule("621", rows("header: CHILD=1 MOTHER=1 DOB=01/01/2009 MC_DOB=01/01/2008"),
                        rows("header: CHILD=1 MOTHER=1 DOB=01/01/2009 MC_DOB=01/01/2025")),
                rule("444", rows("header: CHILD=1 UPN=A12345678901B", "header: CHILD=2 UPN=A12345678901B"),
                        rows("header: CHILD=1 UPN=UN5", "header: CHILD=2 UPN=UN5")),
                rule("442", rows("header: CHILD=1"), rows("header: CHILD=1 UPN=UN5")),
                rule("210", rows("header: CHILD=1 UPN=UN4", EP), rows("header: CHILD=1 UPN=UN4",
                        "episodes: CHILD=1 DECOM=28/03/2026 RNE=S")),
                rule("393", rows("header: CHILD=1 SEX=F", EP), rows("header: CHILD=1 SEX=F MOTHER=0", EP)),
                rule("165", rows("header: CHILD=1 SEX=M MOTHER=0", EP), rows("header: CHILD=1 SEX=M", EP)),
                rule("628", rows("header: CHILD=1 SEX=F MOTHER=0", "oc3: CHILD=1 IN_TOUCH=YES"),
                        rows("header: CHILD=1 SEX=F", "oc3: CHILD=1 IN_TOUCH=YES")),
                rule("625", rows("header: CHILD=1 MOTHER=1 MC_DOB=01/04/2026"),
                        rows("header: CHILD=1 MOTHER=1 MC_DOB=01/03/2026")),
                rule("607", rows("header: CHILD=1 SEX=F", "episodes: CHILD=1 DECOM=01/05/2025 DEC=01/06/2025 REC=E8 LS=C2"),
                        rows("header: CHILD=1 SEX=F MOTHER=0",
                                "episodes: CHILD=1 DECOM=01/05/2025 DEC=01/06/2025 REC=E8 LS=C2")),
                rule("399", rows("header: CHILD=1 MOTHER=0", "episodes: CHILD=1 DECOM=01/05/2025 LS=V3"),
                        rows("header: CHILD=1", "episodes: CHILD=1 DECOM=01/05/2025 LS=V3")),
                rule("EPI", rows("header: CHILD=1"), rows("header: CHILD=1", EP)),
                rule("231", rows("header: CHILD=1 DOB=01/04/2015", "uasc: CHILD=1"),
                        rows("header: CHILD=1 DOB=31/03/2015", "uasc: CHILD=1")),
                rule("104", rows("uasc: CHILD=1 DUC=1/13/2026"), rows("uasc: CHILD=1 DUC=01/12/2026")),
                rule("304", rows("uasc: CHILD=1 DOB=01/01/2010 DUC=02/01/2028"),
                        rows("uasc: CHILD=1 DOB=01/01/2010 DUC=01/01/2028")),
                rule("1014", rows("uasc: CHILD=1", "oc3: CHILD=1"), rows("uasc: CHILD=1", "oc3: CHILD=1", EP)),
                rule("INT01", rows("ad1: CHILD=1"), rows("ad1: CHILD=1", "header: CHILD=1")),
                rule("INT02", rows("placed_adoption: CHILD=1"), rows("placed_adoption: CHILD=1", "header: CHILD=1")),
                rule("INT03", rows(EP), rows(EP, "header: CHILD=1")),
                rule("INT04", rows("missing: CHILD=1"), rows("missing: CHILD=1", "header: CHILD=1")),
                rule("INT05", rows("oc2: CHILD=1"), rows("oc2: CHILD=1", "header: CHILD=1")),
                rule("INT06", rows("oc3: CHILD=1"), rows("oc3: CHILD=1", "header: CHILD=1")),
                rule("INT07", rows("prev_perm: CHILD=1"), rows("prev_perm: CHILD=1", "header: CHILD=1")),
                rule("INT08", rows("reviews: CHILD=1"), rows("reviews: CHILD=1", "header: CHILD=1")),
                rule("INT09", rows("uasc: CHILD=1"), rows("uasc: CHILD=1", "header: CHILD=1")),
                dob("INT11", "ad1"), dob("INT12", "placed_adoption"), dob("INT13", "missing"), dob("INT14", "oc2"),
                dob("INT15", "oc3"), dob("INT16", "prev_perm"), dob("INT17", "reviews"), dob("INT18", "uasc"),
                rule("INT21", rows("header: CHILD=1 SEX=F", "uasc: CHILD=1 SEX=M"),
                        rows("header: CHILD=1 SEX=F", "uasc: CHILD=1 SEX=F")),
                once("INT31", "ad1"), once("INT32", "header"), once("INT33", "oc2"), once("INT34", "oc3"),
                once("INT35", "prev_perm"), once("INT36", "uasc"));
    }

    static Arguments dob(String code, String table) {
        return rule(code, rows("header: CHILD=1 DOB=01/01/2010", table + ": CHILD=1 DOB=02/01/2010"),
                rows("header: CHILD=1 DOB=01/01/2010", table + ": CHILD=1 DOB=01/01/2010"));
    }

    static Arguments once(String code, String table) {
        return rule(code, rows(table + ": CHILD=1", table + ": CHILD=1"), rows(table + ": CHILD=1", table + ": CHILD=2"));
    }
}
