package hearth.returns.cinrules;

import static hearth.returns.cinrules.CinCases.*;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The assessment, factor and section 47 rules: each reports its break only. */
class CinAssessmentAndEnquiryRulesTest {

    static final String STARTED = "<AssessmentActualStartDate>2025-05-02<";
    static final String AUTHORISED = "<AssessmentAuthorisationDate>2025-06-10</AssessmentAuthorisationDate>";
    static final String CONFERENCE = "<DateOfInitialCPC>2025-07-14</DateOfInitialCPC>";
    static final String ENQUIRY = "<S47ActualStartDate>2025-07-01<";

    static Stream<Arguments> cases() {
        return Stream.of(
                rule(new Rule1103(), swap(STARTED, "<AssessmentActualStartDate>2025-04-30<"),
                        swap(STARTED, "<AssessmentActualStartDate>2025-05-01<")),
                rule(new Rule8608(), swap(STARTED, "<AssessmentActualStartDate>2025-06-11<"),
                        swap(STARTED, "<AssessmentActualStartDate>2025-06-10<")),
                rule(new Rule8614(), swap(AUTHORISED, ""), unchanged()),
                rule(new Rule8670Q(), swap(AUTHORISED, ""),
                        all(swap(AUTHORISED, ""), swap(STARTED, "<AssessmentActualStartDate>2026-03-02<"))),
                rule(new Rule8696(), swap(AUTHORISED, "<AssessmentAuthorisationDate>2026-04-01</AssessmentAuthorisationDate>"),
                        swap(AUTHORISED, "<AssessmentAuthorisationDate>2026-03-31</AssessmentAuthorisationDate>")),
                rule(new Rule8736(), all(swap(AUTHORISED, ""), swap(STARTED, "<AssessmentActualStartDate>2025-03-31<")),
                        all(swap(AUTHORISED, ""), swap(STARTED, "<AssessmentActualStartDate>2025-04-01<"))),
                rule(new Rule8863Q(), secondAssessment("2025-06-01"), secondAssessment("2025-06-10")),
                rule(new Rule8869(), swap(">3A<", ">21<"), withSecondChild("C2", "C2")),
                rule(new Rule8873Q(), withSecondChild(">RC8<", ">RC7<"), withSecondChild("C2", "C2")),
                rule(new Rule8896(), all(swap(AUTHORISED, ""), secondAssessment("2025-06-01")),
                        secondAssessment("2025-06-01")),
                rule(new Rule8897Q(), cut("<FactorsIdentifiedAtAssessment>", "</FactorsIdentifiedAtAssessment>"),
                        unchanged()),
                rule(new Rule8898(), swap(">4B<", ">3A<"), unchanged()),
                rule(new Rule8945Q(), swap(">3A<", ">18A<"), swap(">3A<", ">18B<")),
                rule(new Rule8950Q(), swap(">3A<", ">19A<"), swap(">3A<", ">19C<")),
                rule(new Rule1104(), swap(CONFERENCE, "<DateOfInitialCPC>2025-04-30</DateOfInitialCPC>"),
                        swap(CONFERENCE, "<DateOfInitialCPC>2025-05-01</DateOfInitialCPC>")),
                rule(new Rule2889(), swap(ENQUIRY, "<S47ActualStartDate>2025-04-30<"),
                        swap(ENQUIRY, "<S47ActualStartDate>2025-05-01<")),
                rule(new Rule2884(), episodeConference("2025-07-14"), episodeConference("2025-07-15")),
                rule(new Rule8615(), swap(ENQUIRY, "<S47ActualStartDate>2025-07-15<"),
                        swap(ENQUIRY, "<S47ActualStartDate>2025-07-14<")),
                rule(new Rule8675Q(), swap(CONFERENCE, ""),
                        all(swap(CONFERENCE, ""), swap("<ICPCnotRequired>0<", "<ICPCnotRequired>1<"))),
                rule(new Rule8715(), swap(CONFERENCE, "<DateOfInitialCPC>2026-04-01</DateOfInitialCPC>"),
                        swap(CONFERENCE, "<DateOfInitialCPC>2026-03-31</DateOfInitialCPC>")),
                rule(new Rule8740(), all(swap(CONFERENCE, ""), swap(ENQUIRY, "<S47ActualStartDate>2025-03-31<")),
                        all(swap(CONFERENCE, ""), swap(ENQUIRY, "<S47ActualStartDate>2025-04-01<"))),
                rule(new Rule8839(), all(swap(CONFERENCE, ""), secondEnquiry("2025-07-05")), secondEnquiry("2025-07-05")),
                rule(new Rule8870Q(), swap("<InitialCPCtarget>2025-07-14<", "<InitialCPCtarget>2025-07-12<"),
                        unchanged()),
                rule(new Rule8875(), swap(CONFERENCE, "<DateOfInitialCPC>2025-07-13</DateOfInitialCPC>"), unchanged()),
                rule(new Rule8890(), secondEnquiry("2025-07-05"), secondEnquiry("2025-07-14")));
    }

    static UnaryOperator<String> secondAssessment(String start) {
        return after("</Assessments>",
                "<Assessments><AssessmentActualStartDate>" + start + "</AssessmentActualStartDate></Assessments>");
    }

    static UnaryOperator<String> secondEnquiry(String start) {
        return after("</Section47>", "<Section47><S47ActualStartDate>" + start
                + "</S47ActualStartDate><ICPCnotRequired>0</ICPCnotRequired></Section47>");
    }

    static UnaryOperator<String> episodeConference(String date) {
        return after("<ReasonForClosure>RC7</ReasonForClosure>", "<DateOfInitialCPC>" + date + "</DateOfInitialCPC>");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleReportsItsBreakAndLetsTheNearbyGoodCasePass(String code, CinRule rule, UnaryOperator<String> failing,
            UnaryOperator<String> passing) {
        check(rule, failing, passing);
    }
}
