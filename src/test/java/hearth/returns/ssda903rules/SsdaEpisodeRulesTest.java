package hearth.returns.ssda903rules;

import static hearth.returns.ssda903rules.SsdaCases.rows;
import static hearth.returns.ssda903rules.SsdaCases.rule;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The Episodes rules, each with rows that break it and rows that do not. */
class SsdaEpisodeRulesTest extends SsdaRuleCases {

    static final String KID = "header: CHILD=1 DOB=01/06/2018";
    static final String TEEN = "header: CHILD=1 DOB=01/06/2008";

    static Stream<Arguments> cases() {
        return Stream.of(
                rule("142", rows("episodes: CHILD=1 DECOM=01/04/2025", "episodes: CHILD=1 DECOM=01/05/2025"),
                        rows("episodes: CHILD=1 DECOM=01/04/2025 DEC=01/05/2025 REC=X1",
                                "episodes: CHILD=1 DECOM=01/05/2025")),
                one("141", "DECOM=", "DECOM=01/05/2025"),
                one("143", "RNE=X", "RNE=S"),
                one("144", "LS=C3", "LS=C2"),
                one("145", "CIN=N9", "CIN=N1"),
                one("146", "PLACE=H5", "PLACE=Z11"),
                one("147", "DEC=2025-06-01 REC=E8", "DEC=01/06/2025 REC=E8"),
                one("148", "DEC=01/06/2025", "DEC=01/06/2025 REC=E8"),
                one("149", "REC=E1", "REC=E4A"),
                one("178", "PLACE_PROVIDER=PR9", "PLACE_PROVIDER=PR4"),
                one("1009", "REASON_PLACE_CHANGE=MOVED", "REASON_PLACE_CHANGE=CARPL"),
                one("213", "PLACE=T1 PLACE_PROVIDER=PR1", "PLACE=T1"),
                one("217", "PLACE=A3 RNE=P", "PLACE=A3 RNE=T"),
                one("222", "PLACE=P1 URN=SC123456", "PLACE=K2 URN=SC123456"),
                one("226", "PLACE=T2 REASON_PLACE_CHANGE=CARPL", "PLACE=U4 REASON_PLACE_CHANGE=CARPL"),
                one("233", "REASON_PLACE_CHANGE=CARPL", "DEC=01/06/2025 REASON_PLACE_CHANGE=CARPL"),
                one("353", "DECOM=13/10/1991", "DECOM=14/10/1991"),
                one("354", "DEC=01/04/2026", "DEC=31/03/2026"),
                one("385", "DEC=01/04/2026", "DEC=31/03/2026"),
                one("355", "DEC=01/05/2025", "DEC=02/05/2025"),
                one("356", "DEC=30/04/2025", "DEC=02/05/2025"),
                withHeader("358", TEEN.replace("2008", "2016"), "LS=J1", TEEN, "LS=J1"),
                one("361", "LS=L1 DEC=05/05/2025", "LS=L1 DEC=04/05/2025"),
                one("362", "LS=L2 DEC=23/05/2025", "LS=L2 DEC=22/05/2025"),
                one("363", "LS=L3 DEC=09/05/2025", "LS=L3 DEC=08/05/2025"),
                one("365", "LS=V3 DEC=19/05/2025", "LS=V3 DEC=18/05/2025"),
                one("366", "LS=V3 RNE=P", "LS=V3 RNE=S"),
                withHeader("371", KID, "PLACE=K3", TEEN, "PLACE=K3"),
                withHeader("372", KID, "PLACE=R5", TEEN, "PLACE=R5"),
                withHeader("373", "header: CHILD=1 DOB=01/06/2022", "PLACE=S1", KID, "PLACE=S1"),
                withHeader("374", KID, "PLACE=P3", TEEN, "PLACE=P3"),
                one("378", "PLACE=P1 LS=V2", "PLACE=P1 LS=C2"),
                one("380", "RNE=S PLACE=T0", "RNE=S PLACE=U4"),
                one("381", "PLACE=T0 DEC=01/06/2025 REC=E8", "PLACE=T0 DEC=01/06/2025 REC=X1"),
                one("382", "LS=V3 PLACE=T4", "LS=V3 PLACE=U6"),
                one("384", "LS=V4 PLACE=U4", "LS=V4 PLACE=U6"),
                withHeader("386", "header: CHILD=1 DOB=01/05/2007", "DEC=01/06/2025 REC=E11", KID,
                        "DEC=01/06/2025 REC=E11"),
                withHeader("387", KID, "DEC=01/06/2025 REC=E5", TEEN, "DEC=01/06/2025 REC=E5"),
                withHeader("389", "header: CHILD=1 DOB=01/06/2010", "DEC=01/06/2025 REC=E7", TEEN,
                        "DEC=01/06/2025 REC=E7"),
                withHeader("407", "header: CHILD=1 DOB=01/05/2007", "DEC=01/06/2025 REC=E45", TEEN,
                        "DEC=01/06/2025 REC=E45"),
                withHeader("460", TEEN, "DEC=01/06/2025 REC=E17", "header: CHILD=1 DOB=01/05/2007",
                        "DEC=01/06/2025 REC=E17"),
                withHeader("352", "header: CHILD=1 DOB=01/05/2007", "RNE=S", TEEN, "RNE=S"),
                withHeader("302", "header: CHILD=1 DOB=02/05/2025", "RNE=S", TEEN, "RNE=S"),
                withHeader("234", KID, "DEC=01/06/2025 REASON_PLACE_CHANGE=CUSTOD", TEEN,
                        "DEC=01/06/2025 REASON_PLACE_CHANGE=CUSTOD"),
                one("446", "LS=E1 DECOM=01/11/2005", "LS=E1 DECOM=01/12/2005"),
                one("392d", "HOME_POST=RG11AA PL_POST=RG11AA", "HOME_POST=RG11AA PL_POST=RG22BB"),
                one("390", "PLACE=U4 DEC=01/06/2025 REC=E11", "PLACE=A4 DEC=01/06/2025 REC=E11"),
                one("408", "PLACE=A6 LS=C2", "PLACE=A6 LS=E1"),
                one("526", "PLACE=U4", "PLACE=U4 PLACE_PROVIDER=PR1"),
                one("527", "PLACE=R2 PLACE_PROVIDER=PR1", "PLACE=U4 PLACE_PROVIDER=PR1"),
                one("528", "PLACE=R5 PLACE_PROVIDER=PR2", "PLACE=U4 PLACE_PROVIDER=PR2"),
                one("529", "PLACE=K2 PLACE_PROVIDER=PR3", "PLACE=R2 PLACE_PROVIDER=PR3"),
                one("530", "PLACE=P1 PLACE_PROVIDER=PR4", "PLACE=K2 PLACE_PROVIDER=PR4"),
                one("531", "PLACE=P1 PLACE_PROVIDER=PR5", "PLACE=K2 PLACE_PROVIDER=PR5"),
                one("550", "PLACE=U4 PLACE_PROVIDER=PR0", "PLACE=P1 PLACE_PROVIDER=PR0"),
                two("431", "DEC=01/06/2025 REC=E8", "DECOM=01/06/2025 RNE=S", "DEC=01/06/2025 REC=E8",
                        "DECOM=02/06/2025 RNE=S"),
                two("432", "DEC=01/06/2025 REC=E8", "DECOM=05/06/2025 RNE=P", "DEC=01/06/2025 REC=E8",
                        "DECOM=05/06/2025 RNE=S"),
                two("433", "DEC=01/06/2025 REC=X1", "DECOM=02/06/2025 RNE=P", "DEC=01/06/2025 REC=X1",
                        "DECOM=01/06/2025 RNE=P"),
                two("434", "DEC=01/06/2025 REC=X1 LS=C1 PLACE=U4", "DECOM=01/06/2025 RNE=L LS=C1 PLACE=U4",
                        "DEC=01/06/2025 REC=X1 LS=C1 PLACE=U4", "DECOM=01/06/2025 RNE=L LS=C2 PLACE=U4"),
                two("435", "DEC=01/06/2025 REC=X1 LS=C1", "DECOM=01/06/2025 RNE=P LS=C2",
                        "DEC=01/06/2025 REC=X1 LS=C1", "DECOM=01/06/2025 RNE=P LS=C1"),
                two("436", "DEC=01/06/2025 REC=X1 LS=C1", "DECOM=01/06/2025 RNE=B LS=C1",
                        "DEC=01/06/2025 REC=X1 LS=C1", "DECOM=01/06/2025 RNE=B LS=C2"),
                two("437", "DEC=01/06/2025 REC=E2", "DECOM=05/06/2025 RNE=S", "DEC=01/06/2025 REC=E8",
                        "DECOM=05/06/2025 RNE=S"),
                two("501", "DEC=01/06/2025 REC=X1", "DECOM=30/05/2025 RNE=P", "DEC=01/06/2025 REC=X1",
                        "DECOM=01/06/2025 RNE=P"),
                two("336", "DEC=01/06/2025 REC=X1 PLACE=K2", "DECOM=01/06/2025 RNE=T PLACE=A3",
                        "DEC=01/06/2025 REC=X1 PLACE=U4", "DECOM=01/06/2025 RNE=T PLACE=A3"),
                two("504", "DEC=01/06/2025 REC=X1 CIN=N1", "DECOM=01/06/2025 RNE=P CIN=N2",
                        "DEC=01/06/2025 REC=X1 CIN=N1", "DECOM=01/06/2025 RNE=P CIN=N1"),
                two("388", "DEC=01/06/2025 REC=X1", "DECOM=03/06/2025 RNE=P", "DEC=01/06/2025 REC=X1",
                        "DECOM=01/06/2025 RNE=P"),
                one("357", "RNE=P", "RNE=S"),
                two("225", "DEC=01/06/2025 REC=X1 PLACE=U4", "DECOM=01/06/2025 RNE=P PLACE=U5",
                        "DEC=01/06/2025 REC=X1 PLACE=U4 REASON_PLACE_CHANGE=CARPL", "DECOM=01/06/2025 RNE=P PLACE=U5"),
                rule("383", rows("episodes: CHILD=1 DECOM=01/05/2025 DEC=01/06/2025 REC=X1 PLACE=U4",
                        "episodes: CHILD=1 DECOM=01/06/2025 DEC=05/06/2025 REC=X1 PLACE=T1",
                        "episodes: CHILD=1 DECOM=05/06/2025 PLACE=K2"),
                        rows("episodes: CHILD=1 DECOM=01/05/2025 DEC=01/06/2025 REC=X1 PLACE=U4",
                                "episodes: CHILD=1 DECOM=01/06/2025 DEC=05/06/2025 REC=X1 PLACE=T1",
                                "episodes: CHILD=1 DECOM=05/06/2025 PLACE=U4")),
                two("426", "DEC=01/06/2025 REC=E8 LS=V3", "DECOM=05/06/2025 RNE=S LS=V4",
                        "DEC=01/06/2025 REC=E8 LS=V3", "DECOM=05/06/2025 RNE=S LS=V3"),
                one("375", "PLACE=T1 DEC=13/06/2025", "PLACE=T1 DEC=12/06/2025"),
                one("376", "PLACE=T3 DEC=23/05/2025", "PLACE=T3 DEC=22/05/2025"),
                one("379", "PLACE=T4 DEC=09/05/2025", "PLACE=T4 DEC=08/05/2025"),
                one("214", "PLACE=T4 PL_POST=RG11AA", "PLACE=U4 PL_POST=RG11AA"),
                rule("377", rows("episodes: CHILD=1 DECOM=01/05/2025 PLACE=T3", "episodes: CHILD=1 DECOM=01/06/2025 PLACE=T3",
                        "episodes: CHILD=1 DECOM=01/07/2025 PLACE=T3"),
                        rows("episodes: CHILD=1 DECOM=01/05/2025 PLACE=T3", "episodes: CHILD=1 DECOM=01/06/2025 PLACE=T3",
                                "episodes: CHILD=1 DECOM=01/07/2025 PLACE=U4")),
                withHeader("359", "header: CHILD=1 DOB=01/01/2008", "LS=V2 PLACE=U4", "header: CHILD=1 DOB=01/01/2008",
                        "LS=V2 PLACE=K2"),
                one("516", "DEC=01/06/2025 REC=E45 PLACE=K2", "DEC=01/06/2025 REC=E45 PLACE=U4"),
                rule("367", rows("episodes: CHILD=1 DECOM=01/05/2025 DEC=15/05/2025 LS=V3 REC=E8",
                        "episodes: CHILD=1 DECOM=01/06/2025 DEC=15/06/2025 LS=V3 REC=E8",
                        "episodes: CHILD=1 DECOM=01/07/2025 DEC=15/07/2025 LS=V3 REC=E8",
                        "episodes: CHILD=1 DECOM=01/08/2025 DEC=15/08/2025 LS=V3 REC=E8",
                        "episodes: CHILD=1 DECOM=01/09/2025 DEC=15/09/2025 LS=V3 REC=E8",
                        "episodes: CHILD=1 DECOM=01/10/2025 DEC=15/10/2025 LS=V3 REC=E8"),
                        rows("episodes: CHILD=1 DECOM=01/05/2025 DEC=15/05/2025 LS=V3 REC=E8",
                                "episodes: CHILD=1 DECOM=01/06/2025 DEC=15/06/2025 LS=V3 REC=E8")));
    }

    /** One episode from 1 May 2025, with the failing and then the passing fields. */
    static Arguments one(String code, String failing, String passing) {
        return rule(code, rows(episode(failing)), rows(episode(passing)));
    }

    static Arguments withHeader(String code, String failingHeader, String failing, String passingHeader,
            String passing) {
        return rule(code, rows(failingHeader, episode(failing)), rows(passingHeader, episode(passing)));
    }

    /** Two episodes of one child: the first from 1 May 2025, the second as given. */
    static Arguments two(String code, String firstFailing, String secondFailing, String firstPassing,
            String secondPassing) {
        return rule(code, rows(episode(firstFailing), "episodes: CHILD=1 " + secondFailing),
                rows(episode(firstPassing), "episodes: CHILD=1 " + secondPassing));
    }

    static String episode(String fields) {
        String base = "episodes: CHILD=1";
        if (!fields.contains("DECOM=")) {
            base += " DECOM=01/05/2025";
        }
        return base + " " + fields;
    }
}
