package hearth.adoption;

import static hearth.timescales.DeadlineUnit.MONTHS;
import static hearth.timescales.Standing.STATUTORY_GUIDANCE;
import static hearth.timescales.TimescaleRule.rule;

import hearth.timescales.TimescaleRule;
import hearth.timescales.TimescaleRules;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Adoption timescales (reference 1.11). The scorecard thresholds (AD9: A10 426 days, A2 121 days) are cohort
 * averages, not obligations: {@link AdoptionTimeliness} shows them per child as warnings.
 */
@Component
class AdoptionTimescales implements TimescaleRules {

    @Override
    public List<TimescaleRule> rules() {
        return List.of(rule(Adoptions.MATCH_RULE).within(6, MONTHS)
                .standing(STATUTORY_GUIDANCE, "Reference AD1 (confidence C): adoption statutory guidance ch.4 "
                        + "\"Matching\": a proposed match identified and approved within 6 months of the agency "
                        + "decision maker's decision that the child should be placed for adoption").build());
    }
}
