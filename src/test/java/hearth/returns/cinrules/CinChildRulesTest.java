package hearth.returns.cinrules;

import static hearth.returns.cinrules.CinCases.*;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The header, child identifiers, characteristics and disabilities rules: each reports its break and no more. */
class CinChildRulesTest {

    static final String BORN = "<PersonBirthDate>2015-06-01</PersonBirthDate>";

    static Stream<Arguments> cases() {
        return Stream.of(
                rule(new Rule100(), swap("<ReferenceDate>2026-03-31", "<ReferenceDate>2026-03-30"), unchanged()),
                rule(new Rule1510(), swap("C872123456780", "D872123456780"), unchanged()),
                rule(new Rule1530(), swap("C872123456780", "C999123456780"), swap("C872123456780", "C001123456780")),
                rule(new Rule8770Q(), swap("<UPN>C872123456780</UPN>", "<UPNunknown>UN1</UPNunknown>"),
                        swap("<UPN>C872123456780</UPN>", "<UPNunknown>UN4</UPNunknown>")),
                rule(new Rule1520(), withSecondChild("Z872987654321", "C872123456780"), withSecondChild("C2", "C2")),
                rule(new Rule1540(), swap("C872123456780", "C8721234X6780"), unchanged()),
                rule(new Rule1550(), swap("C872123456780", "C87212345678I"), swap("C872123456780", "C87212345678A")),
                rule(new Rule1560Q(), swap("<UPN>", "<FormerUPN>X12</FormerUPN><UPN>"),
                        swap("<UPN>", "<FormerUPN>A123456789012</FormerUPN><UPN>")),
                rule(new Rule1570(), swap("<LAchildID>C1<", "<LAchildID>C123456789012345678901<"),
                        swap("<LAchildID>C1<", "<LAchildID>C1234567890123456789<")),
                rule(new Rule1580(), swap("<LAchildID>C1<", "<LAchildID>C-1<"), swap("<LAchildID>C1<", "<LAchildID>Cx1<")),
                rule(new Rule4180(), swap("<Sex>F</Sex>", "<Sex>1</Sex>"), swap("<Sex>F</Sex>", "<Sex>U</Sex>")),
                rule(new Rule4220(), swap("WBRI", "WXYZ"), swap("WBRI", "REFU")),
                rule(new Rule8500(), swap("<LAchildID>C1</LAchildID>", "<LAchildID></LAchildID>"), unchanged()),
                rule(new Rule8510(), withSecondChild("C2", "C1"), withSecondChild("C2", "C2")),
                rule(new Rule8520(), swap(BORN, "<PersonBirthDate>2026-04-01</PersonBirthDate>"),
                        swap(BORN, "<PersonBirthDate>2026-03-31</PersonBirthDate>")),
                rule(new Rule8525Q(), swap(BORN, ""),
                        swap(BORN, "<ExpectedPersonBirthDate>2026-05-01</ExpectedPersonBirthDate>")),
                rule(new Rule8530Q(), swap(BORN, "<ExpectedPersonBirthDate>2027-01-01</ExpectedPersonBirthDate>"),
                        swap(BORN, "<ExpectedPersonBirthDate>2026-12-31</ExpectedPersonBirthDate>")),
                rule(new Rule8535Q(), death("2015-05-31"), death("2025-12-01")),
                rule(new Rule8540(), swap("<Disability>NONE<", "<Disability>XYZ<"),
                        swap("<Disability>NONE<", "<Disability>AUT<")),
                rule(new Rule8545Q(), death("2025-03-31"), death("2025-04-01")),
                rule(new Rule8555Q(), death("2025-04-30"), death("2025-05-01")),
                rule(new Rule8590(), withoutEpisodeForSecondChild(), withSecondChild("C2", "C2")),
                rule(new Rule8750(), swap(BORN, "<ExpectedPersonBirthDate>2026-05-01</ExpectedPersonBirthDate>"),
                        all(swap(BORN, "<ExpectedPersonBirthDate>2026-05-01</ExpectedPersonBirthDate>"),
                                swap("<Sex>F<", "<Sex>U<"))),
                rule(new Rule8772(), swap("<Sex>F</Sex>", "<Sex>F</Sex><UPNunknown>UN7</UPNunknown>"),
                        swap("<Sex>F</Sex>", "<Sex>F</Sex><UPNunknown>UN2</UPNunknown>")),
                rule(new Rule8775Q(), swap(BORN, "<PersonBirthDate>2001-03-31</PersonBirthDate>"),
                        swap(BORN, "<PersonBirthDate>2001-04-01</PersonBirthDate>")),
                rule(new Rule8790(), disabilities("NONE", "MOB"), disabilities("MOB", "HAND")),
                rule(new Rule8794(), disabilities("MOB", "MOB"), disabilities("MOB", "HAND")),
                rule(new Rule2886Q(), swap("<Sex>F<", "<Sex>U<"), unchanged()),
                rule(new Rule2887Q(), unchanged(),
                        disabilities("MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS")),
                rule(new Rule2888Q(), disabilities("MOB"), disabilities("MOB", "HAND")));
    }

    static UnaryOperator<String> disabilities(String... codes) {
        StringBuilder text = new StringBuilder();
        for (String code : codes) {
            text.append("<Disability>").append(code).append("</Disability>");
        }
        return swap("<Disability>NONE</Disability>", text.toString());
    }

    static UnaryOperator<String> withoutEpisodeForSecondChild() {
        return xml -> xml.replace("</Children>", SECOND_CHILD.replaceAll("(?s)<CINdetails>.*</CINdetails>", "")
                + "</Children>");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleReportsItsBreakAndLetsTheNearbyGoodCasePass(String code, CinRule rule, UnaryOperator<String> failing,
            UnaryOperator<String> passing) {
        check(rule, failing, passing);
    }
}
