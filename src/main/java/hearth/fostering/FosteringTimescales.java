package hearth.fostering;

import static hearth.timescales.DeadlineUnit.MONTHS;
import static hearth.timescales.DeadlineUnit.WEEKS;
import static hearth.timescales.Standing.LAW;
import static hearth.timescales.TimescaleRule.rule;

import hearth.timescales.TimescaleRule;
import hearth.timescales.TimescaleRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** Connected persons and special guardianship timescales (reference sections 1.5 PL2/PL3 and 1.12 SG1). */
@Component
class FosteringTimescales implements TimescaleRules {

    @Override
    public List<TimescaleRule> rules() {
        return List.of(
                rule(ConnectedPersons.APPROVAL_RULE).within(16, WEEKS)
                        .standing(LAW, "Reference PL2 (confidence C): Care Planning, Placement and Case Review "
                                + "(England) Regulations 2010 reg 24: temporary approval of a connected person for up "
                                + "to 16 weeks; the full assessment under the Fostering Services Regulations 2011 is "
                                + "decided before it runs out, or the placement ends (reg 25(6))").build(),
                rule(ConnectedPersons.EXTENDED_RULE).within(8, WEEKS)
                        .standing(LAW, "Reference PL3 (confidence V): Care Planning regs reg 25(1)(a), (2), (4), (5): "
                                + "once only, for up to 8 further weeks (24 weeks at most), decided by a nominated "
                                + "officer. The clock is set so the obligation falls due when the extended approval "
                                + "runs out").build(),
                rule(SpecialGuardianship.REPORT_RULE).within(3, MONTHS)
                        .standing(LAW, "Reference SG1 (confidence U): Children Act 1989 s14A(7) to (8): the applicant "
                                + "gives at least 3 months' notice, so the local authority's report is due within 3 "
                                + "months of notice; a court-directed report (SG2) follows the court's timetable")
                        .build());
    }
}
