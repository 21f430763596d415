package hearth.carehealth;

import static hearth.timescales.DeadlineUnit.MONTHS;
import static hearth.timescales.DeadlineUnit.WORKING_DAYS;
import static hearth.timescales.Standing.STATUTORY_GUIDANCE;
import static hearth.timescales.TimescaleRule.rule;

import hearth.timescales.LocalStandards;
import hearth.timescales.TimescaleRule;
import hearth.timescales.TimescaleRules;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Health and education timescales of looked after children (reference timescales.md section 1.6, HE1 to ED4). The
 * review health assessment and SDQ rules are one-off here because which comes next depends on the child's age:
 * {@link CareHealthDuties} opens the next one itself from the actual date of the last.
 */
@Component
class CareHealthTimescales implements TimescaleRules {

    static final String INITIAL_HEALTH_ASSESSMENT = "initial-health-assessment";
    static final String REVIEW_UNDER_5 = "review-health-assessment-under-5";
    static final String REVIEW_FROM_5 = "review-health-assessment";
    static final String SDQ = "strengths-and-difficulties-questionnaire";
    static final String PEP = "personal-education-plan";
    static final String PEP_REVIEW = "personal-education-plan-review";
    static final String PEP_AFTER_SCHOOL_CHANGE = "pep-after-school-change";
    static final String VIRTUAL_SCHOOL = "virtual-school-informed";

    static final List<String> HEALTH_ASSESSMENT_RULES = List.of(INITIAL_HEALTH_ASSESSMENT, REVIEW_UNDER_5, REVIEW_FROM_5);
    static final List<String> PEP_RULES = List.of(PEP, PEP_REVIEW, PEP_AFTER_SCHOOL_CHANGE);
    static final List<String> ALL = List.of(INITIAL_HEALTH_ASSESSMENT, REVIEW_UNDER_5, REVIEW_FROM_5, SDQ, PEP,
            PEP_REVIEW, PEP_AFTER_SCHOOL_CHANGE, VIRTUAL_SCHOOL);

    @Override
    public List<TimescaleRule> rules() {
        return List.of(
                rule(INITIAL_HEALTH_ASSESSMENT).within(20, WORKING_DAYS)
                        .standing(STATUTORY_GUIDANCE, "Reference HE1: CPPCR 2010 reg 7 (before the first review); "
                                + "Promoting the health and well-being of looked-after children (DfE/DHSC, March "
                                + "2015): in time to inform the first review, within 20 working days of entering care")
                        .build(),
                rule(REVIEW_UNDER_5).within(6, MONTHS)
                        .standing(STATUTORY_GUIDANCE, "Reference HE2: CPPCR 2010 reg 7 and the 2015 health "
                                + "guidance: review health assessments at least every 6 months before the fifth "
                                + "birthday").build(),
                rule(REVIEW_FROM_5).within(12, MONTHS)
                        .standing(STATUTORY_GUIDANCE, "Reference HE2: CPPCR 2010 reg 7 and the 2015 health "
                                + "guidance: review health assessments at least every 12 months from the fifth "
                                + "birthday").build(),
                rule(SDQ).within(12, MONTHS)
                        .standing(STATUTORY_GUIDANCE, "Reference HE3: DfE SSDA903 data requirement (SDQ_SCORE): "
                                + "children aged 4 to 16 looked after continuously for 12 months or more, at least "
                                + "once a year").build(),
                rule(PEP).within(20, WORKING_DAYS)
                        .standing(STATUTORY_GUIDANCE, "Reference ED1: CPPCR 2010 reg 5(b)(ii) and Sch 1 para 2; "
                                + "Promoting the education of looked-after children (DfE, February 2018): the "
                                + "personal education plan completed and available for the first review").build(),
                rule(PEP_REVIEW).within(4, MONTHS)
                        .standing(STATUTORY_GUIDANCE, "Reference ED2: reviewed with each care plan review; common "
                                + "practice termly (Oldham). Three school terms a year, so not more than 4 months "
                                + "apart").build(),
                rule(PEP_AFTER_SCHOOL_CHANGE).withinLocalStandard(LocalStandards.PEP_AFTER_SCHOOL_CHANGE)
                        .source("Reference ED3: Gateshead virtual school (new or updated personal education plan "
                                + "within 20 working days of a change of school)").build(),
                rule(VIRTUAL_SCHOOL).withinLocalStandard(LocalStandards.VIRTUAL_SCHOOL_INFORMED)
                        .source("Reference ED4: Knowsley (designated teacher and virtual school informed within "
                                + "48 hours of the child becoming looked after)").build());
    }
}
