package hearth.returns.cinrules;

import static hearth.returns.cinrules.CinCases.*;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The CIN plan, child protection plan and review rules: each reports its break only. */
class CinPlanRulesTest {

    static final String PLAN_START = "<CINPlanStartDate>2025-06-10<";
    static final String PLAN_END = "<CINPlanEndDate>2025-07-14<";
    static final String CPP_START = "<CPPstartDate>2025-07-14<";
    static final String CPP_END = "<CPPendDate>2026-02-27<";
    static final String REVIEW = "<CPPreviewDate>2025-10-14<";

    static Stream<Arguments> cases() {
        return Stream.of(
                rule(new Rule4000(), swap("<ReferralNFA>0<", "<ReferralNFA>1<"), unchanged()),
                rule(new Rule4001(), swap(PLAN_END, "<CINPlanEndDate>2025-07-15<"), unchanged()),
                rule(new Rule4003(), swap(PLAN_END, "<CINPlanEndDate>2025-10-15<"), unchanged()),
                rule(new Rule4004(), all(swap("<CINPlanEndDate>2025-07-14</CINPlanEndDate>", ""), secondPlan("")),
                        secondPlan("")),
                rule(new Rule4008(), death("2025-06-09"), death("2026-03-01")),
                rule(new Rule4009Q(), death("2025-07-13"), death("2025-07-14")),
                rule(new Rule4010(), swap(PLAN_START, "<CINPlanStartDate>2026-04-01<"), unchanged()),
                rule(new Rule4011(), swap(PLAN_END, "<CINPlanEndDate>2025-06-09<"),
                        swap(PLAN_END, "<CINPlanEndDate>2025-06-11<")),
                rule(new Rule4012Q(), swap(PLAN_END, "<CINPlanEndDate>2025-06-10<"), unchanged()),
                rule(new Rule4013(), swap(PLAN_END, "<CINPlanEndDate>2026-04-01<"),
                        swap(PLAN_END, "<CINPlanEndDate>2026-03-31<")),
                rule(new Rule4014(), secondPlanFrom("2025-07-01"), secondPlanFrom("2025-07-14")),
                rule(new Rule4016(), secondPlanFrom("2025-07-14"), after("</CINPlanDates>",
                        "<CINPlanDates><CINPlanStartDate>2026-02-27</CINPlanStartDate></CINPlanDates>")),
                rule(new Rule4017(), swap(PLAN_END, "<CINPlanEndDate>2025-07-15<"), unchanged()),
                rule(new Rule4015(), swap(PLAN_START, "<CINPlanStartDate>2025-04-30<"),
                        swap(PLAN_START, "<CINPlanStartDate>2025-05-01<")),
                rule(new Rule1105(), swap(CPP_START, "<CPPstartDate>2025-04-30<"),
                        swap(CPP_START, "<CPPstartDate>2025-05-01<")),
                rule(new Rule2883(), swap("<DateOfInitialCPC>2025-07-14</DateOfInitialCPC>", ""), unchanged()),
                rule(new Rule2885(), swap(CPP_START, "<CPPstartDate>2025-07-15<"), unchanged()),
                rule(new Rule8565(), swap(CPP_END, "<CPPendDate>2026-02-28<"), unchanged()),
                rule(new Rule8720(), swap(CPP_START, "<CPPstartDate>2026-04-01<"), unchanged()),
                rule(new Rule8730(), swap("<NumberOfPreviousCPP>0</NumberOfPreviousCPP>", ""),
                        swap("<NumberOfPreviousCPP>0<", "<NumberOfPreviousCPP>3<")),
                rule(new Rule8832(), swap("<ReferralNFA>0<", "<ReferralNFA>1<"), unchanged()),
                rule(new Rule8840(), swap(CPP_END, "<CPPendDate>2025-07-14<"), swap(CPP_END, "<CPPendDate>2025-07-15<")),
                rule(new Rule8841(), swap(REVIEW, "<CPPreviewDate>2025-07-14<"),
                        swap(REVIEW, "<CPPreviewDate>2025-07-15<")),
                rule(new Rule8842Q(), swap("<CPPreviewDate>2025-10-14</CPPreviewDate>", "<CPPreviewDate></CPPreviewDate>"),
                        unchanged()),
                rule(new Rule8905(), swap("<InitialCategoryOfAbuse>NEG<", "<InitialCategoryOfAbuse>XXX<"),
                        swap("<InitialCategoryOfAbuse>NEG<", "<InitialCategoryOfAbuse>MUL<")),
                rule(new Rule8910(), swap("<LatestCategoryOfAbuse>NEG<", "<LatestCategoryOfAbuse>XXX<"),
                        swap("<LatestCategoryOfAbuse>NEG<", "<LatestCategoryOfAbuse>MUL<")),
                rule(new Rule8915(), death("2025-07-13"), death("2026-03-01")),
                rule(new Rule8920(), death("2026-02-26"), death("2026-02-27")),
                rule(new Rule8925(), swap(CPP_END, "<CPPendDate>2025-07-13<"), swap(CPP_END, "<CPPendDate>2025-07-15<")),
                rule(new Rule8930(), swap(CPP_END, "<CPPendDate>2026-04-01<"), swap(CPP_END, "<CPPendDate>2026-03-31<")),
                rule(new Rule8935(), all(swap("<CPPendDate>2026-02-27</CPPendDate>", ""), secondCpp("2025-09-01")),
                        secondCpp("2025-09-01")),
                rule(new Rule8940(), secondCpp("2025-09-01"), secondCpp("2026-02-27")));
    }

    static UnaryOperator<String> secondPlan(String end) {
        return after("</CINPlanDates>", "<CINPlanDates><CINPlanStartDate>2025-06-20</CINPlanStartDate>" + end
                + "</CINPlanDates>");
    }

    static UnaryOperator<String> secondPlanFrom(String start) {
        return after("</CINPlanDates>", "<CINPlanDates><CINPlanStartDate>" + start
                + "</CINPlanStartDate><CINPlanEndDate>2025-08-01</CINPlanEndDate></CINPlanDates>");
    }

    static UnaryOperator<String> secondCpp(String start) {
        return after("</ChildProtectionPlans>", "<ChildProtectionPlans><CPPstartDate>" + start + "</CPPstartDate>"
                + "<InitialCategoryOfAbuse>EMO</InitialCategoryOfAbuse><LatestCategoryOfAbuse>EMO"
                + "</LatestCategoryOfAbuse><NumberOfPreviousCPP>1</NumberOfPreviousCPP></ChildProtectionPlans>");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleReportsItsBreakAndLetsTheNearbyGoodCasePass(String code, CinRule rule, UnaryOperator<String> failing,
            UnaryOperator<String> passing) {
        check(rule, failing, passing);
    }
}
