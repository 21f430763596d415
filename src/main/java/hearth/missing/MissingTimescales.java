package hearth.missing;

import static hearth.timescales.DeadlineUnit.HOURS;
import static hearth.timescales.DeadlineUnit.MONTHS;
import static hearth.timescales.DeadlineUnit.WEEKS;
import static hearth.timescales.Standing.STATUTORY_GUIDANCE;
import static hearth.timescales.TimescaleRule.rule;

import hearth.timescales.Deadline;
import hearth.timescales.LocalStandard;
import hearth.timescales.TimescaleRule;
import hearth.timescales.TimescaleRules;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Missing children timescales (reference timescales.md section 1.7, MI1): the independent return interview within
 * 72 hours of the return, counted in clock hours from the return time; and the review of a safety plan for risk
 * outside the home, at an interval the authority sets.
 */
@Component
class MissingTimescales implements TimescaleRules {

    static final String PLAN_REVIEW_INTERVAL = "exploitation-safety-plan-review-interval";

    @Override
    public List<TimescaleRule> rules() {
        return List.of(
                rule(MissingEpisodes.INTERVIEW_RULE).within(72, HOURS)
                        .standing(STATUTORY_GUIDANCE, "Reference MI1: Statutory guidance on children who run away or "
                                + "go missing from home or care (DfE, Jan 2014), \"Independent return interviews\": "
                                + "offered within 72 hours of the return to home or care").build(),
                rule(RiskOutsideHome.PLAN_REVIEW_RULE).withinLocalStandard(PLAN_REVIEW_INTERVAL).recursFromLastEvent()
                        .source("Local practice: no national interval for reviewing a safety plan for risk outside "
                                + "the home; commonly reviewed at each multi-agency meeting, at most every 3 months")
                        .build());
    }

    @Override
    public List<LocalStandard> localStandards() {
        return List.of(new LocalStandard(PLAN_REVIEW_INTERVAL, Deadline.of(3, MONTHS), Set.of(MONTHS, WEEKS),
                "Local practice: safety plans for risk outside the home reviewed at least every 3 months"));
    }
}
