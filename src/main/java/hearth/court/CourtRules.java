package hearth.court;

import static hearth.timescales.DeadlineUnit.DAYS;
import static hearth.timescales.DeadlineUnit.MONTHS;
import static hearth.timescales.DeadlineUnit.WEEKS;
import static hearth.timescales.DeadlineUnit.WORKING_DAYS;
import static hearth.timescales.Standing.LAW;
import static hearth.timescales.TimescaleRule.rule;

import hearth.timescales.Deadline;
import hearth.timescales.LocalStandard;
import hearth.timescales.TimescaleRule;
import hearth.timescales.TimescaleRules;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Public Law Outline and care proceedings timescales (reference section 1.13, rows CT1 to CT3). */
@Component
class CourtRules implements TimescaleRules {

    /** Letter before proceedings after the gateway decision: no national figure, a local standard. */
    static final String LETTER_STANDARD = "court-plo-letter";
    /** Decision on pre-proceedings after the letter (and after each decision to continue). */
    static final String REVIEW_STANDARD = "court-pre-proceedings-review";

    @Override
    public List<TimescaleRule> rules() {
        return List.of(
                rule(Court.LETTER_RULE).withinLocalStandard(LETTER_STANDARD)
                        .source("No national timescale: the reference (CT3) starts the pre-proceedings clock at the "
                                + "letter and gives none for the letter itself. Local standard, so a gateway decision "
                                + "left without a letter shows as drift").build(),
                rule(Court.REVIEW_RULE).withinLocalStandard(REVIEW_STANDARD)
                        .source("Reference CT3 (confidence U, guidance not seen): Public Law Working Group "
                                + "best-practice guidance, pre-proceedings ordinarily concluded or proceedings issued "
                                + "within 16 weeks of the letter. Good practice, not law: set locally").build(),
                rule(Court.DEADLINE_RULE).within(181, DAYS)
                        .standing(LAW, "Reference CT1 (confidence V): Children Act 1989 s32(1)(a)(ii), inserted by "
                                + "Children and Families Act 2014 s14: proceedings disposed of within 26 weeks "
                                + "beginning with the day of issue. The day of issue is day 1, so the last day is "
                                + "the issue date plus 181 days (26 weeks less a day)").build(),
                rule(Court.EXTENDED_RULE).within(8, WEEKS)
                        .standing(LAW, "Reference CT2 (confidence C): Children Act 1989 s32(5) to (8): each extension "
                                + "ends no more than 8 weeks after the end of the period it extends. The clock is "
                                + "set so the obligation falls due on the extended deadline the court granted")
                        .build());
    }

    @Override
    public List<LocalStandard> localStandards() {
        return List.of(
                new LocalStandard(LETTER_STANDARD, Deadline.of(10, WORKING_DAYS), Set.of(WORKING_DAYS, DAYS),
                        "No national timescale in the reference; a local default of 10 working days from the "
                                + "legal gateway decision to the letter before proceedings"),
                new LocalStandard(REVIEW_STANDARD, Deadline.of(16, WEEKS), Set.of(WEEKS, MONTHS),
                        "Reference CT3 (confidence U): Public Law Working Group guidance, pre-proceedings "
                                + "ordinarily no longer than 16 weeks"));
    }
}
