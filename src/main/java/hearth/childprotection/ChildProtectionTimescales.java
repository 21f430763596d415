package hearth.childprotection;

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
 * Child protection timescales (reference timescales.md section 1.2, CP1 to CP8). The monitoring flags of CP9 (plans
 * of two years or more, second or subsequent plans) are not obligations: {@link PlanView} works them out.
 */
@Component
class ChildProtectionTimescales implements TimescaleRules {

    @Override
    public List<TimescaleRule> rules() {
        return List.of(
                rule(ChildProtection.STRATEGY_RULE).withinLocalStandard(LocalStandards.STRATEGY_DISCUSSION)
                        .source("Reference CP1: WT 2023 ch.3 \"Strategy discussion\" (immediately, without delay); "
                                + "local practice same day or within 1 working day").build(),
                rule(ChildProtection.ICPC_RULE).within(15, WORKING_DAYS)
                        .standing(STATUTORY_GUIDANCE, "Reference CP2: WT 2023 ch.3 \"Initial child protection "
                                + "conferences\": within 15 working days of the strategy discussion at which the "
                                + "section 47 enquiry was initiated. CIN census table C4").build(),
                rule(ChildProtection.FIRST_CORE_GROUP_RULE).within(10, WORKING_DAYS)
                        .thenFollowedBy(ChildProtection.CORE_GROUP_RULE)
                        .standing(STATUTORY_GUIDANCE, "Reference CP3: WT 2023 ch.3 (the child protection plan): "
                                + "first core group within 10 working days of the initial conference").build(),
                rule(ChildProtection.CORE_GROUP_RULE).withinLocalStandard(LocalStandards.CORE_GROUP_INTERVAL)
                        .recursFromLastEvent()
                        .source("Reference CP4: no national interval; local practice monthly, every 4 to 6 weeks "
                                + "or every 28 days (Hull, Newcastle)").build(),
                rule(ChildProtection.FIRST_REVIEW_RULE).within(3, MONTHS)
                        .thenFollowedBy(ChildProtection.REVIEW_RULE)
                        .standing(STATUTORY_GUIDANCE, "Reference CP5: WT 2023 ch.3 \"Child protection review "
                                + "conferences\": first review within 3 months of the initial conference").build(),
                rule(ChildProtection.REVIEW_RULE).within(6, MONTHS).recursFromLastEvent()
                        .standing(STATUTORY_GUIDANCE, "Reference CP6: WT 2023 ch.3: further reviews at intervals of "
                                + "not more than 6 months while the child remains on a plan").build(),
                rule(ChildProtection.VISIT_RULE).withinLocalStandard(LocalStandards.CP_VISIT_INTERVAL)
                        .recursFromLastEvent()
                        .source("Reference CP8: no national minimum; common local standard every 10 working days "
                                + "(e.g. Camden)").build(),
                rule(ChildProtection.POST_BIRTH_RULE).withinLocalStandard(LocalStandards.POST_BIRTH_REVIEW)
                        .source("Reference CP7: London CP Procedures 4.1.22 (review conference or core group within "
                                + "10 days of birth)").build());
    }
}
