package hearth.supervision;

import static hearth.timescales.DeadlineUnit.DAYS;
import static hearth.timescales.DeadlineUnit.MONTHS;
import static hearth.timescales.DeadlineUnit.WEEKS;
import static hearth.timescales.TimescaleRule.rule;

import hearth.timescales.Deadline;
import hearth.timescales.LocalStandard;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import hearth.timescales.Standing;
import hearth.timescales.TimescaleRule;
import hearth.timescales.TimescaleRules;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Supervision timescales. An action agreed in case supervision and a manager's next oversight review are each due on
 * the date agreed (the obligation's clock starts on that date with no further allowance), so they appear in the
 * owner's work. Personal supervision frequencies and the longest gap in management oversight are local standards.
 */
@Component
class SupervisionTimescales implements TimescaleRules {

    static final String ACTION_RULE = "case-supervision-action";
    static final String OVERSIGHT_REVIEW_RULE = "management-oversight-review";
    static final String PERSONAL_INTERVAL = "personal-supervision-interval";
    static final String NEWLY_QUALIFIED_INTERVAL = "personal-supervision-interval-newly-qualified";
    static final String OVERSIGHT_INTERVAL = "management-oversight-interval";
    private static final String LOCAL = "Local practice standard: ";

    @Override
    public List<TimescaleRule> rules() {
        return List.of(
                rule(ACTION_RULE).within(0, DAYS).standing(Standing.LOCAL_STANDARD, LOCAL + "an action agreed in "
                        + "case supervision is done by the date agreed (Ofsted ILACS: supervision should drive "
                        + "progress for children; Working Together 2023 on management oversight)").build(),
                rule(OVERSIGHT_REVIEW_RULE).within(0, DAYS).standing(Standing.LOCAL_STANDARD, LOCAL + "the manager "
                        + "looks at the child's work again by the review date they set (Ofsted ILACS: managers "
                        + "close to practice, oversight that makes a difference)").build());
    }

    /**
     * Meets an obligation under one of these rules. Their clocks start on the agreed date itself, so work done
     * before that date is met at the clock's start (on time); the event says when it was really done.
     */
    static void meet(Obligations obligations, UUID id, Instant now, String event) {
        Instant start = obligations.find(id).map(ObligationView::startedAt).orElse(now);
        obligations.satisfy(id, now.isBefore(start) ? start : now, event);
    }

    @Override
    public List<LocalStandard> localStandards() {
        return List.of(
                new LocalStandard(PERSONAL_INTERVAL, Deadline.of(1, MONTHS), Set.of(MONTHS, WEEKS, DAYS),
                        LOCAL + "personal supervision at least monthly for every worker (Social Work England "
                                + "standard 4; LGA Standards for Employers of Social Workers, standard 5)"),
                new LocalStandard(NEWLY_QUALIFIED_INTERVAL, Deadline.of(2, WEEKS), Set.of(MONTHS, WEEKS, DAYS),
                        LOCAL + "newly qualified social workers in their assessed and supported year in "
                                + "employment are supervised weekly for the first six weeks, fortnightly to six "
                                + "months and at least monthly after (ASYE framework); fortnightly throughout here"),
                new LocalStandard(OVERSIGHT_INTERVAL, Deadline.of(3, MONTHS), Set.of(MONTHS, WEEKS, DAYS),
                        LOCAL + "every open child's record shows management oversight at least every 3 months"));
    }
}
