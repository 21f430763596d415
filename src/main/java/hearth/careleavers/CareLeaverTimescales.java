package hearth.careleavers;

import static hearth.timescales.DeadlineUnit.MONTHS;
import static hearth.timescales.DeadlineUnit.WORKING_DAYS;
import static hearth.timescales.Standing.LAW;
import static hearth.timescales.Standing.LOCAL_STANDARD;
import static hearth.timescales.TimescaleRule.rule;

import hearth.timescales.LocalStandards;
import hearth.timescales.TimescaleRule;
import hearth.timescales.TimescaleRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** Care leaver timescales (reference timescales.md section 1.8, CL1 to CL7). */
@Component
class CareLeaverTimescales implements TimescaleRules {

    @Override
    public List<TimescaleRule> rules() {
        return List.of(
                rule(LeaverObligations.NEEDS_ASSESSMENT_RULE).within(3, MONTHS)
                        .standing(LAW, "Reference CL1, CL3, CL7: CPPCR 2010 reg 42(1), not more than 3 months "
                                + "after the 16th birthday or becoming eligible if later; Care Leavers (England) "
                                + "Regulations 2010 Part 2 for a relevant child; CA 1989 s23CZB for support to 25")
                        .build(),
                rule(LeaverObligations.PATHWAY_REVIEW_RULE).within(6, MONTHS).recursFromLastEvent()
                        .standing(LAW, "Reference CL4: Care Leavers (England) Regulations 2010 reg 7, pathway plan "
                                + "reviewed at intervals of not more than 6 months").build(),
                rule(LeaverObligations.CONTACT_RULE).withinLocalStandard(LocalStandards.PERSONAL_ADVISER_CONTACT)
                        .recursFromLastEvent()
                        .source("Reference CL6 (local standard, e.g. Bracknell Forest every 8 weeks); statutory "
                                + "floor CL5: Care Leavers (England) Regulations 2010 reg 8(2), not more than "
                                + "2 months").build(),
                rule(LeaverObligations.FOLLOW_UP_RULE).within(2, WORKING_DAYS)
                        .standing(LOCAL_STANDARD, "Local standard: a care leaver who cannot be reached is followed up urgently "
                                + "(Reading inspection 2024: urgent and determined efforts when care leavers go "
                                + "missing)").build());
    }
}
