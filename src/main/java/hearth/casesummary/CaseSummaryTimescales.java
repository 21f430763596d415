package hearth.casesummary;

import static hearth.timescales.DeadlineUnit.WORKING_DAYS;
import static hearth.timescales.TimescaleRule.rule;

import hearth.timescales.LocalStandards;
import hearth.timescales.Standing;
import hearth.timescales.TimescaleRule;
import hearth.timescales.TimescaleRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** The prompts to review a child's case summary: on the local standard, and after a significant event. */
@Component
class CaseSummaryTimescales implements TimescaleRules {

    @Override
    public List<TimescaleRule> rules() {
        return List.of(
                rule(CaseSummaries.REVIEW_RULE).withinLocalStandard(LocalStandards.CASE_SUMMARY_REVIEW)
                        .recursFromLastEvent()
                        .source("Ofsted ILACS: inspectors test whether case records give an up-to-date picture of the "
                                + "child (a recurring finding where summaries are out of date); no national interval, "
                                + "local standard case-summary-review (unverified against a named report)").build(),
                rule(CaseSummaries.SIGNIFICANT_EVENT_RULE).within(10, WORKING_DAYS)
                        .standing(Standing.LOCAL_STANDARD, "Ofsted ILACS: records should reflect significant changes "
                                + "in the child's life; no national figure, local practice review within 10 working "
                                + "days of a significant event").build());
    }
}
