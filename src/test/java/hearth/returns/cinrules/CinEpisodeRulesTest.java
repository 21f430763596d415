package hearth.returns.cinrules;

import static hearth.returns.cinrules.CinCases.*;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The CINdetails rules (referral, need, closure, no further action, episodes): each reports its break only. */
class CinEpisodeRulesTest {

    static final String REFERRED = "<CINreferralDate>2025-05-01<";
    static final String CLOSED = "<CINclosureDate>2026-02-27<";

    static Stream<Arguments> cases() {
        return Stream.of(
                rule(new Rule8568(), swap("<ReferralNFA>0<", "<ReferralNFA>no<"),
                        swap("<ReferralNFA>0<", "<ReferralNFA>false<")),
                rule(new Rule8569Q(), all(nfa(), swap(REFERRED, "<CINreferralDate>2025-03-28<")),
                        all(nfa(), swap(REFERRED, "<CINreferralDate>2025-03-31<"))),
                rule(new Rule8585Q(), swap(">RC7<", ">RC2<"), all(swap(">RC7<", ">RC2<"), death("2026-02-27"))),
                rule(new Rule8600(), swap(REFERRED, "<CINreferralDate>2026-04-01<"),
                        swap(REFERRED, "<CINreferralDate>2026-03-31<")),
                rule(new Rule8606(), swap("<PersonBirthDate>2015-06-01<", "<PersonBirthDate>2026-03-01<"),
                        swap("<PersonBirthDate>2015-06-01<", "<PersonBirthDate>2026-02-05<")),
                rule(new Rule8610(), swap("<PrimaryNeedCode>N1</PrimaryNeedCode>", ""),
                        all(swap("<PrimaryNeedCode>N1</PrimaryNeedCode>", ""), nfa())),
                rule(new Rule8620(), swap(CLOSED, "<CINclosureDate>2026-04-01<"),
                        swap(CLOSED, "<CINclosureDate>2026-03-31<")),
                rule(new Rule8630(), swap(CLOSED, "<CINclosureDate>2025-04-30<"),
                        swap(CLOSED, "<CINclosureDate>2025-05-01<")),
                rule(new Rule8640(), swap(">RC7<", ">RC10<"), swap(">RC7<", ">RC1<")),
                rule(new Rule8650(), swap(">N1<", ">N10<"), swap(">N1<", ">N0<")),
                rule(new Rule8805(), swap("<ReasonForClosure>RC7</ReasonForClosure>", ""), unchanged()),
                rule(new Rule8810(), swap("<CINclosureDate>2026-02-27</CINclosureDate>", ""), unchanged()),
                rule(new Rule8815(), all(open(), withEarlierEpisode(CLOSED_EARLIER, "")),
                        all(open(), withEarlierEpisode("", ""))),
                rule(new Rule8816(), withEarlierEpisode(CLOSED_EARLIER, ""), withEarlierEpisode("", "")),
                rule(new Rule8820(), withEarlierEpisode("2025-04-30", "2025-05-02"),
                        withEarlierEpisode("2025-04-30", "2025-05-01")),
                rule(new Rule8866(), swap("<ReferralSource>2A<", "<ReferralSource>2C<"),
                        swap("<ReferralSource>2A<", "<ReferralSource>10<")),
                rule(new Rule2990(), swap(">RC7<", ">RC8<"), withSecondChild("C2", "C2")),
                rule(new Rule2991Q(), cut("<Assessments>", "</Assessments>"), unchanged()),
                rule(new Rule8825Q(), all(cut("<Assessments>", "</Assessments>"), swap(">RC7<", ">RC8<")),
                        swap(">RC7<", ">RC8<")),
                rule(new Rule8831(), nfa(), unchanged()),
                rule(new Rule8867(), swap("<AssessmentAuthorisationDate>2025-06-10</AssessmentAuthorisationDate>", ""),
                        all(swap("<AssessmentAuthorisationDate>2025-06-10</AssessmentAuthorisationDate>", ""), open())),
                rule(new Rule8868(), swap("<DateOfInitialCPC>2025-07-14</DateOfInitialCPC>", ""),
                        all(swap("<DateOfInitialCPC>2025-07-14</DateOfInitialCPC>", ""),
                                swap("<ICPCnotRequired>0<", "<ICPCnotRequired>1<"))));
    }

    static UnaryOperator<String> nfa() {
        return swap("<ReferralNFA>0<", "<ReferralNFA>1<");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleReportsItsBreakAndLetsTheNearbyGoodCasePass(String code, CinRule rule, UnaryOperator<String> failing,
            UnaryOperator<String> passing) {
        check(rule, failing, passing);
    }
}
