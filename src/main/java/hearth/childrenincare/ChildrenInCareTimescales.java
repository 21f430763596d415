package hearth.childrenincare;

import static hearth.timescales.DeadlineUnit.MONTHS;
import static hearth.timescales.DeadlineUnit.WEEKS;
import static hearth.timescales.DeadlineUnit.WORKING_DAYS;
import static hearth.timescales.Standing.LAW;
import static hearth.timescales.Standing.STATUTORY_GUIDANCE;
import static hearth.timescales.TimescaleRule.rule;

import hearth.timescales.TimescaleRule;
import hearth.timescales.TimescaleRules;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Looked after children's timescales (reference timescales.md sections 1.3 and 1.4): the care plan (LA1), the
 * emergency placement's plan and notifications (LA2, LA3), reviews (LA5 to LA7), the permanence plan by the second
 * review (LA8) and statutory visits, restarting with every placement (V1 to V3).
 */
@Component
class ChildrenInCareTimescales implements TimescaleRules {

    static final String CARE_PLAN = "care-plan";
    static final String PLACEMENT_PLAN = "care-placement-plan";
    static final String PLACEMENT_NOTIFY = "care-placement-notify";
    static final String FIRST_REVIEW = "care-review-first";
    static final String SECOND_REVIEW = "care-review-second";
    static final String REVIEW = "care-review";
    static final String PERMANENCE_PLAN = "care-permanence-plan";
    static final String FIRST_VISIT = "care-visit-first";
    static final String VISIT = "care-visit";
    static final String LONG_TERM_VISIT = "care-visit-long-term";
    static final List<String> VISIT_RULES = List.of(FIRST_VISIT, VISIT, LONG_TERM_VISIT);
    static final List<String> ALL = List.of(CARE_PLAN, PLACEMENT_PLAN, PLACEMENT_NOTIFY, FIRST_REVIEW,
            SECOND_REVIEW, REVIEW, PERMANENCE_PLAN, FIRST_VISIT, VISIT, LONG_TERM_VISIT);

    @Override
    public List<TimescaleRule> rules() {
        return List.of(
                rule(CARE_PLAN).within(10, WORKING_DAYS).standing(LAW, "Reference LA1: CPPCR 2010 reg 4(2): care "
                        + "plan before the first placement or, if not practicable, within 10 working days of its start")
                        .build(),
                rule(PLACEMENT_PLAN).within(5, WORKING_DAYS).standing(LAW, "Reference LA2: CPPCR 2010 reg 9 and "
                        + "Sch 2: placement plan before the placement or, in an emergency, within 5 working days").build(),
                rule(PLACEMENT_NOTIFY).within(5, WORKING_DAYS).standing(LAW, "Reference LA3: CPPCR 2010 reg 13: "
                        + "notification of the placement, in an emergency within 5 working days of its start").build(),
                rule(FIRST_REVIEW).within(20, WORKING_DAYS).thenFollowedBy(SECOND_REVIEW).standing(LAW,
                        "Reference LA5: CPPCR 2010 reg 33(1): first review within 20 working days of the date the "
                                + "child becomes looked after").build(),
                rule(SECOND_REVIEW).within(3, MONTHS).thenFollowedBy(REVIEW).standing(LAW,
                        "Reference LA6: CPPCR 2010 reg 33(2): second review not more than 3 months after the first")
                        .build(),
                rule(REVIEW).within(6, MONTHS).recursFromLastEvent().standing(LAW, "Reference LA7: CPPCR 2010 reg "
                        + "33(2): later reviews at intervals of not more than 6 months").build(),
                rule(PERMANENCE_PLAN).within(3, MONTHS).standing(STATUTORY_GUIDANCE, "Reference LA8: CA 1989 "
                        + "Guidance Vol 2 ch.2 and the IRO Handbook: a permanence plan by the second review (counted "
                        + "from the first review, as the second review is)").build(),
                rule(FIRST_VISIT).within(1, WEEKS).thenFollowedBy(VISIT).restarts().standing(LAW, "Reference V1: "
                        + "CPPCR 2010 reg 28(2)(a): a visit within 1 week of the start of any placement").build(),
                rule(VISIT).within(6, WEEKS).recursFromLastEvent().standing(LAW, "Reference V2 and V3: CPPCR 2010 "
                        + "reg 28(2)(b) and (c): intervals of not more than 6 weeks in the first year of the "
                        + "placement, and after it unless the placement is intended to last until 18").build(),
                rule(LONG_TERM_VISIT).within(3, MONTHS).recursFromLastEvent().standing(LAW, "Reference V3: CPPCR "
                        + "2010 reg 28(2)(c): after the first year of a placement intended to last until the child "
                        + "is 18, intervals of not more than 3 months").build());
    }
}
