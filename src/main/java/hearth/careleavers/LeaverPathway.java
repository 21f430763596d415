package hearth.careleavers;

import hearth.careleavers.domain.LeaverHistory;
import hearth.careleavers.domain.LeaverRecord;
import hearth.notifications.Notifications;
import hearth.people.PersonSummary;
import hearth.security.CurrentUser;
import hearth.shared.Ids;
import hearth.timescales.ObligationView;
import hearth.workforce.TeamView;
import hearth.workforce.Workforce;
import hearth.timescales.Due;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: a care leaver's pathway work (needs assessment, pathway plan, reviews at most 6 months apart) and
 * keeping in touch: contacts at the local standard, and attempts that do not reach the young person, which start an
 * urgent follow-up and tell the personal adviser's manager.
 */
@Service
public class LeaverPathway {

    static final int MAX_TEXT = 4000;

    private final CareLeavers careLeavers;
    private final LeaverHistory history;
    private final LeaverObligations duties;
    private final Workforce workforce;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeaverPathway(CareLeavers careLeavers, LeaverHistory history, LeaverObligations duties, Workforce workforce,
            Notifications notifications, ApplicationEventPublisher events, Clock clock) {
        this.careLeavers = careLeavers;
        this.history = history;
        this.duties = duties;
        this.workforce = workforce;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PathwayEventView> pathway(UUID childId) {
        return history.pathway(childId);
    }

    /**
     * Every care leaver's latest pathway plan review on or before {@code asOf}, by child (Ofsted's Annex A list 9).
     * Agreeing the first plan is not a review; a young person with no review yet is absent.
     */
    @Transactional(readOnly = true)
    public Map<UUID, LocalDate> latestPlanReviews(LocalDate asOf) {
        return history.latestPlanReviews(asOf);
    }

    @Transactional(readOnly = true)
    public List<LeaverContactView> contacts(UUID childId) {
        return history.contacts(childId);
    }

    /** When each open care leaver clock is due: needs assessment, pathway review, contact, follow-up. */
    @Transactional(readOnly = true)
    public Optional<ObligationView> due(UUID childId, String what) {
        return duties.open(childId, "careleaver-" + what);
    }

    /** Records a needs assessment, a pathway plan or a review of the plan on {@code date}. */
    @Transactional
    public UUID record(UUID childId, PathwayStep step, LocalDate date, String summary) {
        careLeavers.requireCareLeaver(childId);
        careLeavers.notFuture(date);
        if (summary == null || summary.isBlank() || summary.length() > MAX_TEXT) {
            throw new IllegalArgumentException("careleavers.error.summary");
        }
        List<PathwayEventView> earlier = history.pathway(childId);
        if (step == PathwayStep.PLAN_REVIEW && earlier.stream().noneMatch(e -> e.step() == PathwayStep.PATHWAY_PLAN)) {
            throw new IllegalStateException("careleavers.error.noPlan");
        }
        UUID id = Ids.next();
        String adviser = careLeavers.adviserOf(childId);
        history.pathway(id, childId, step, date, summary, CurrentUser.username(), clock.instant());
        Instant on = date.atStartOfDay(Due.LONDON).toInstant();
        switch (step) {
            case NEEDS_ASSESSMENT -> duties.assessed(childId, on);
            case PATHWAY_PLAN -> duties.planned(childId, date, on, adviser, "Pathway plan agreed");
            case PLAN_REVIEW -> duties.planned(childId, date, on, adviser, "Pathway plan reviewed");
        }
        events.publishEvent(new PathwayWorkRecorded(childId, id, step, date, CurrentUser.username()));
        return id;
    }

    /**
     * Records a contact or an attempt. Reaching the young person meets the contact clock (the next is due at the
     * local standard) and ends any follow-up; the first attempt that does not reach them opens an urgent follow-up
     * and tells the adviser's manager.
     */
    @Transactional
    public UUID recordContact(UUID childId, NewLeaverContact c) {
        careLeavers.requireCareLeaver(childId);
        careLeavers.notFuture(c.date());
        if (c.method() == null) {
            throw new IllegalArgumentException("careleavers.error.method");
        }
        if (c.note() != null && c.note().length() > MAX_TEXT) {
            throw new IllegalArgumentException("careleavers.error.tooLong");
        }
        LeaverRecord record = careLeavers.record(childId);
        record.contact(c.date(), c.reached());
        UUID id = Ids.next();
        history.contact(id, childId, c.date(), c.reached(), c.method(), c.note(), CurrentUser.username(),
                clock.instant());
        String adviser = record.getAdviser();
        if (c.reached()) {
            duties.reached(childId, c.date().atStartOfDay(Due.LONDON).toInstant(), adviser, c.date());
        } else if (duties.notReached(childId, clock.instant(), adviser)) {
            escalate(childId, adviser);
        }
        events.publishEvent(new LeaverContactRecorded(childId, id, c.date(), c.reached(), c.method(),
                CurrentUser.username()));
        return id;
    }

    private void escalate(UUID childId, String adviser) {
        String worker = adviser != null ? adviser : CurrentUser.username();
        Optional<String> manager = workforce.teamOf(worker).map(TeamView::managerUsername);
        if (manager.isEmpty() || manager.get() == null) {
            return;
        }
        PersonSummary child = careLeavers.child(childId);
        notifications.notify(manager.get(), childId, "careleavers.notification.notReached", child.fullName(),
                "/care-leavers/" + childId);
    }
}
