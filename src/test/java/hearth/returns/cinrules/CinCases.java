package hearth.returns.cinrules;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.returns.ReturnValidation.Finding;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A census for 2025-26 with one child (C1) whose episode has every module and breaks no rule, and the way each rule
 * test changes it: one change the rule must report, and a nearby one it must let pass.
 */
final class CinCases {

    private CinCases() {
    }

    static final String VALID = """
            <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year>\
            <ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails></Header><Children>
            <Child><ChildIdentifiers><LAchildID>C1</LAchildID><UPN>C872123456780</UPN>\
            <PersonBirthDate>2015-06-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
            <ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities>\
            </ChildCharacteristics>
            <CINdetails><CINreferralDate>2025-05-01</CINreferralDate><ReferralSource>2A</ReferralSource>\
            <PrimaryNeedCode>N1</PrimaryNeedCode><CINclosureDate>2026-02-27</CINclosureDate>\
            <ReasonForClosure>RC7</ReasonForClosure>
            <Assessments><AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate>\
            <AssessmentAuthorisationDate>2025-06-10</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment>\
            <AssessmentFactors>3A</AssessmentFactors><AssessmentFactors>4B</AssessmentFactors>\
            </FactorsIdentifiedAtAssessment></Assessments>
            <CINPlanDates><CINPlanStartDate>2025-06-10</CINPlanStartDate><CINPlanEndDate>2025-07-14</CINPlanEndDate>\
            </CINPlanDates>
            <Section47><S47ActualStartDate>2025-07-01</S47ActualStartDate><InitialCPCtarget>2025-07-14</InitialCPCtarget>\
            <DateOfInitialCPC>2025-07-14</DateOfInitialCPC><ICPCnotRequired>0</ICPCnotRequired></Section47>
            <ReferralNFA>0</ReferralNFA>
            <ChildProtectionPlans><CPPstartDate>2025-07-14</CPPstartDate><CPPendDate>2026-02-27</CPPendDate>\
            <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>\
            <NumberOfPreviousCPP>0</NumberOfPreviousCPP><Reviews><CPPreviewDate>2025-10-14</CPPreviewDate></Reviews>\
            </ChildProtectionPlans>
            </CINdetails></Child>
            </Children></Message>
            """;

    /** A second child, C2, with a short episode that closed after assessment. */
    static final String SECOND_CHILD = """
            <Child><ChildIdentifiers><LAchildID>C2</LAchildID><UPN>Z872987654321</UPN>\
            <PersonBirthDate>2012-01-15</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>
            <ChildCharacteristics><Ethnicity>BAFR</Ethnicity></ChildCharacteristics>
            <CINdetails><CINreferralDate>2025-09-01</CINreferralDate><ReferralSource>6</ReferralSource>\
            <PrimaryNeedCode>N4</PrimaryNeedCode><CINclosureDate>2025-10-10</CINclosureDate>\
            <ReasonForClosure>RC8</ReasonForClosure>
            <Assessments><AssessmentActualStartDate>2025-09-02</AssessmentActualStartDate>\
            <AssessmentAuthorisationDate>2025-10-10</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment>\
            <AssessmentFactors>21</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>
            <ReferralNFA>0</ReferralNFA></CINdetails></Child>
            """;

    static CinTables tables(String xml) {
        try {
            return new CinCensusReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Finding> run(CinRule rule, String xml) {
        return rule.check(tables(xml));
    }

    /** Replaces text that must be in the census (so a test cannot pass because its change missed). */
    static UnaryOperator<String> swap(String from, String to) {
        return xml -> {
            assertThat(xml).as("the census holds " + from).contains(from);
            return xml.replace(from, to);
        };
    }

    static UnaryOperator<String> unchanged() {
        return xml -> xml;
    }

    static UnaryOperator<String> withSecondChild(String from, String to) {
        return xml -> xml.replace("</Children>", SECOND_CHILD.replace(from, to) + "</Children>");
    }

    /** Removes the first block from {@code start} to {@code end} inclusive. */
    static UnaryOperator<String> cut(String start, String end) {
        return xml -> {
            int from = xml.indexOf(start);
            assertThat(from).as("the census holds " + start).isNotNegative();
            int to = xml.indexOf(end, from) + end.length();
            return xml.substring(0, from) + xml.substring(to);
        };
    }

    /** Adds text after the first {@code anchor}. */
    static UnaryOperator<String> after(String anchor, String extra) {
        return xml -> {
            int at = xml.indexOf(anchor);
            assertThat(at).as("the census holds " + anchor).isNotNegative();
            return xml.substring(0, at + anchor.length()) + extra + xml.substring(at + anchor.length());
        };
    }

    static UnaryOperator<String> death(String date) {
        return swap("<Sex>F</Sex>", "<Sex>F</Sex><PersonDeathDate>" + date + "</PersonDeathDate>");
    }

    /** C1's episode left open. */
    static UnaryOperator<String> open() {
        return swap("<CINclosureDate>2026-02-27</CINclosureDate><ReasonForClosure>RC7</ReasonForClosure>", "");
    }

    static final String CLOSED_EARLIER = "<CINclosureDate>2025-04-30</CINclosureDate>"
            + "<ReasonForClosure>RC7</ReasonForClosure>";

    /** An earlier episode for C1 (referred 1 June 2024, closed 30 April 2025). */
    static UnaryOperator<String> withEarlierEpisode(String from, String to) {
        String episode = "<CINdetails><CINreferralDate>2024-06-01</CINreferralDate><ReferralSource>1A</ReferralSource>"
                + "<PrimaryNeedCode>N5</PrimaryNeedCode>" + CLOSED_EARLIER + "<ReferralNFA>0</ReferralNFA></CINdetails>";
        return after("</CINdetails>", episode.replace(from, to));
    }

    @SafeVarargs
    static UnaryOperator<String> all(UnaryOperator<String>... changes) {
        return xml -> {
            String result = xml;
            for (UnaryOperator<String> change : changes) {
                result = change.apply(result);
            }
            return result;
        };
    }

    /** One rule's case: the change it must report, and one it must let pass. */
    static Arguments rule(CinRule rule, UnaryOperator<String> failing, UnaryOperator<String> passing) {
        return Arguments.of(rule.code(), rule, failing, passing);
    }

    static void check(CinRule rule, UnaryOperator<String> failing, UnaryOperator<String> passing) {
        List<Finding> reported = run(rule, failing.apply(VALID));
        assertThat(reported).as(rule.code() + " reports the broken census").isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.rule()).isEqualTo(rule.code());
                    assertThat(f.error()).isEqualTo(!rule.code().endsWith("Q"));
                    assertThat(f.message()).isEqualTo(rule.message());
                    assertThat(f.fields()).isNotEmpty();
                });
        assertThat(run(rule, passing.apply(VALID))).as(rule.code() + " lets the good census pass").isEmpty();
    }
}
