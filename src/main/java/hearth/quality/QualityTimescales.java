package hearth.quality;

import static hearth.timescales.DeadlineUnit.DAYS;
import static hearth.timescales.TimescaleRule.rule;

import hearth.timescales.Standing;
import hearth.timescales.TimescaleRule;
import hearth.timescales.TimescaleRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** An audit action is due on the day the auditor set: it starts that day and is due the same day. */
@Component
class QualityTimescales implements TimescaleRules {

    @Override
    public List<TimescaleRule> rules() {
        return List.of(rule(CaseAudits.ACTION_RULE).within(0, DAYS)
                .standing(Standing.LOCAL_STANDARD, "Ofsted ILACS: quality assurance must make a difference to "
                        + "children; actions from case audits are owned, timed and followed up (local practice: the "
                        + "auditor sets the due date)").build());
    }
}
