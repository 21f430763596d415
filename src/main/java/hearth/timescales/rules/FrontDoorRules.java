package hearth.timescales.rules;

import static hearth.timescales.DeadlineUnit.WORKING_DAYS;
import static hearth.timescales.Standing.STATUTORY_GUIDANCE;
import static hearth.timescales.TimescaleRule.rule;

import hearth.timescales.LocalStandards;
import hearth.timescales.TimescaleRule;
import hearth.timescales.TimescaleRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** Front door, assessment, children in need and early help timescales (reference section 1.1). */
@Component
class FrontDoorRules implements TimescaleRules {

    @Override
    public List<TimescaleRule> rules() {
        return List.of(
                rule("contact-decision").withinLocalStandard(LocalStandards.CONTACT_DECISION)
                        .source("Reference R1a: local procedures (commonly 24 hours, e.g. Sefton); "
                                + "1 working day where the authority applies the WT 2023 referral rule").build(),
                rule("referral-decision").within(1, WORKING_DAYS)
                        .standing(STATUTORY_GUIDANCE, "Working Together to Safeguard Children 2023, ch.3 "
                                + "(responding to referrals); WT 2018 ch.1: within one working day of a referral "
                                + "being received").build(),
                rule("assessment-45-working-days").within(45, WORKING_DAYS)
                        .standing(STATUTORY_GUIDANCE, "Working Together to Safeguard Children 2023, ch.3 "
                                + "(assessment timeliness); WT 2018 ch.1 (45 working day maximum). CIN census "
                                + "measure: assessment duration in working days (DfE table C2)").build(),
                rule("first-visit-after-allocation").withinLocalStandard(LocalStandards.FIRST_VISIT_AFTER_ALLOCATION)
                        .source("Reference R2a: no national rule; local procedures").build(),
                rule("cin-plan-first-meeting").withinLocalStandard(LocalStandards.CIN_FIRST_MEETING)
                        .source("Reference R3: no national timescale; local procedures (Sefton)").build(),
                rule("cin-review").withinLocalStandard(LocalStandards.CIN_REVIEW_INTERVAL).recursFromLastEvent()
                        .source("Reference R4: WT 2023 says plans are reviewed regularly; no statutory interval")
                        .build(),
                rule("cin-visit").withinLocalStandard(LocalStandards.CIN_VISIT_INTERVAL).recursFromLastEvent()
                        .source("Reference R5: no national minimum; local practice").build(),
                rule("early-help-check-in").withinLocalStandard(LocalStandards.EARLY_HELP_CHECK_IN)
                        .recursFromLastEvent()
                        .source("No national timescale: the reference gives none for early help; local standard")
                        .build());
    }
}
