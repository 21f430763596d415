package hearth.careleavers;

import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import hearth.work.Duties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The clocks care leavers start and stop through {@link Obligations}: the needs assessment (CL1, CL3, CL7), the
 * pathway plan review (CL4), personal adviser contact (CL5, CL6) and the urgent follow-up when a young person could
 * not be reached. The personal adviser is responsible once allocated; before that, whoever holds the child.
 */
@Component
class LeaverObligations {

    static final String NEEDS_ASSESSMENT_RULE = "careleaver-needs-assessment";
    static final String PATHWAY_REVIEW_RULE = "careleaver-pathway-review";
    static final String CONTACT_RULE = "careleaver-contact";
    static final String FOLLOW_UP_RULE = "careleaver-not-reached-follow-up";
    static final List<String> RULES = List.of(NEEDS_ASSESSMENT_RULE, PATHWAY_REVIEW_RULE, CONTACT_RULE,
            FOLLOW_UP_RULE);

    private final Obligations obligations;
    private final Duties duties;

    LeaverObligations(Obligations obligations, Duties duties) {
        this.obligations = obligations;
        this.duties = duties;
    }

    Optional<ObligationView> open(UUID childId, String rule) {
        return obligations.openFor(List.of(childId)).stream().filter(o -> o.ruleId().equals(rule)).findFirst();
    }

    private String responsible(UUID childId, String adviser) {
        return adviser != null ? adviser : duties.responsibleFor(childId);
    }

    /**
     * The young person becomes (or is expected to become, if they stay in care) eligible on {@code eligibleFrom}:
     * the needs assessment is due within 3 months of it. When they will not become eligible after all, the clock
     * stops.
     */
    void expectAssessment(UUID childId, LocalDate eligibleFrom, String adviser) {
        Optional<ObligationView> open = open(childId, NEEDS_ASSESSMENT_RULE);
        if (eligibleFrom == null) {
            open.ifPresent(o -> obligations.voidObligation(o.id(), "No longer expected to become an eligible child"));
            return;
        }
        if (open.isEmpty()) {
            obligations.open(childId, NEEDS_ASSESSMENT_RULE, eligibleFrom, "Becomes an eligible child",
                    responsible(childId, adviser));
        }
    }

    void supportRequested(UUID childId, LocalDate on, String adviser) {
        if (open(childId, NEEDS_ASSESSMENT_RULE).isEmpty()) {
            obligations.open(childId, NEEDS_ASSESSMENT_RULE, on, "Asked for support after 21",
                    responsible(childId, adviser));
        }
    }

    /** The adviser takes over the care leaver clocks; contact is due from the allocation. */
    void adviserAllocated(UUID childId, String adviser, LocalDate from) {
        for (ObligationView o : obligations.openFor(List.of(childId))) {
            if (RULES.contains(o.ruleId()) && !adviser.equals(o.responsible())) {
                obligations.reassign(o.id(), adviser);
            }
        }
        if (open(childId, CONTACT_RULE).isEmpty()) {
            obligations.open(childId, CONTACT_RULE, from, "Personal adviser allocated", adviser);
        }
    }

    void assessed(UUID childId, Instant at) {
        open(childId, NEEDS_ASSESSMENT_RULE).ifPresent(o -> satisfy(o, at, "Needs assessment"));
    }

    /** A plan or a review: the next review is due within 6 months of it. */
    void planned(UUID childId, LocalDate on, Instant at, String adviser, String event) {
        Optional<ObligationView> open = open(childId, PATHWAY_REVIEW_RULE);
        if (open.isPresent()) {
            satisfy(open.get(), at, event);
        } else {
            obligations.open(childId, PATHWAY_REVIEW_RULE, on, event, responsible(childId, adviser));
        }
    }

    void reached(UUID childId, Instant at, String adviser, LocalDate on) {
        Optional<ObligationView> contact = open(childId, CONTACT_RULE);
        if (contact.isPresent()) {
            satisfy(contact.get(), at, "Personal adviser contact");
        } else if (adviser != null) {
            obligations.open(childId, CONTACT_RULE, on, "Personal adviser contact", adviser);
        }
        open(childId, FOLLOW_UP_RULE).ifPresent(o -> satisfy(o, at, "Young person reached"));
    }

    /** Met when the work was done, but never before the clock started (work recorded the same day). */
    private void satisfy(ObligationView o, Instant at, String event) {
        obligations.satisfy(o.id(), at.isBefore(o.startedAt()) ? o.startedAt() : at, event);
    }

    /** Answers true when this attempt started the urgent follow-up (and so the manager must be told). */
    boolean notReached(UUID childId, Instant at, String adviser) {
        if (open(childId, FOLLOW_UP_RULE).isPresent()) {
            return false;
        }
        obligations.open(childId, FOLLOW_UP_RULE, at, "Young person could not be reached",
                responsible(childId, adviser));
        return true;
    }
}
