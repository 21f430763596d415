package hearth.careleavers;

import hearth.careleavers.domain.LeaverHistory;
import hearth.careleavers.domain.LeaverRecord;
import hearth.careleavers.domain.LeaverRecordRepository;
import hearth.childrenincare.ChildBecameLookedAfter;
import hearth.childrenincare.ChildCeasedToBeLookedAfter;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.shared.Ids;
import hearth.timescales.Due;
import hearth.workforce.WorkerView;
import hearth.workforce.Workforce;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API of care leavers: each young person's periods of care (projected from children in care's events,
 * plus earlier care from legacy records), the status derived from them, the personal adviser, circumstances, support
 * to 25 and the birthday records for the SSDA903 return. Pathway work and keeping in touch are in
 * {@link LeaverPathway}; the local offer in {@link LocalOffer}. "Now" is always the injected clock. Forbidden changes
 * throw {@link IllegalStateException}, bad values {@link IllegalArgumentException}, both with a message key.
 */
@Service
public class CareLeavers {

    private static final Logger log = LoggerFactory.getLogger(CareLeavers.class);

    private final LeaverRecordRepository records;
    private final LeaverHistory history;
    private final People people;
    private final Workforce workforce;
    private final LeaverObligations duties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CareLeavers(LeaverRecordRepository records, LeaverHistory history, People people, Workforce workforce,
            LeaverObligations duties, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.history = history;
        this.people = people;
        this.workforce = workforce;
        this.duties = duties;
        this.events = events;
        this.clock = clock;
    }

    // ---- the projection of care, from children in care (synchronous, in the publisher's transaction) ----

    @EventListener
    @Transactional
    public void on(ChildBecameLookedAfter e) {
        history.periodStarted(e.childId(), e.periodId(), e.startDate(), e.legalStatus(), e.recordedBy(),
                clock.instant());
        reconsider(e.childId());
    }

    @EventListener
    @Transactional
    public void on(ChildCeasedToBeLookedAfter e) {
        if (!history.periodEnded(e.periodId(), e.endDate(), e.reasonCeased())) {
            log.warn("Period of care {} ended but care leavers never saw it start", e.periodId());
            return;
        }
        reconsider(e.childId());
    }

    /**
     * Care that ended before Hearth, from legacy records: looked after from {@code from} until {@code to} (the date
     * they ceased) under {@code legalStatus}, ended for {@code reasonCeased} (SSDA903 codes).
     */
    @Transactional
    public void recordEarlierCare(UUID childId, LocalDate from, LocalDate to, String legalStatus,
            String reasonCeased) {
        child(childId);
        if (from == null || to == null || !to.isAfter(from)) {
            throw new IllegalArgumentException("careleavers.error.earlierCareDates");
        }
        if (to.isAfter(today())) {
            throw new IllegalArgumentException("careleavers.error.earlierCareFuture");
        }
        history.earlierCare(childId, Ids.next(), from, to, legalStatus, reasonCeased, CurrentUser.username(),
                clock.instant());
        reconsider(childId);
    }

    /** Makes the record when the young person becomes a care leaver, and starts or stops the assessment clock. */
    private void reconsider(UUID childId) {
        PersonSummary child = people.find(childId).orElse(null);
        if (child == null || child.dateOfBirth() == null) {
            return;
        }
        List<CarePeriod> periods = history.periods(childId);
        LocalDate today = today();
        EligibilityStatus now = EligibilityRules.derive(child.dateOfBirth(), periods, today);
        if (now.category().careLeaver()) {
            record(childId);
        }
        LocalDate eighteenth = child.dateOfBirth().plusYears(18);
        EligibilityStatus projected = EligibilityRules.derive(child.dateOfBirth(), periods, eighteenth.minusDays(1));
        if (today.isBefore(eighteenth)) {
            duties.expectAssessment(childId, projected.eligibleFrom(), adviserOf(childId));
        }
    }

    // ---- reads ----

    @Transactional(readOnly = true)
    public EligibilityStatus eligibility(UUID childId) {
        return eligibilityOn(childId, today());
    }

    @Transactional(readOnly = true)
    public EligibilityStatus eligibilityOn(UUID childId, LocalDate on) {
        PersonSummary child = child(childId);
        return EligibilityRules.derive(child.dateOfBirth(), history.periods(childId), on);
    }

    @Transactional(readOnly = true)
    public List<CarePeriod> periodsOfCare(UUID childId) {
        return history.periods(childId);
    }

    @Transactional(readOnly = true)
    public Optional<LeaverView> find(UUID childId) {
        return records.findByChildId(childId).map(LeaverRecord::view);
    }

    @Transactional(readOnly = true)
    public List<AdviserAllocationView> advisers(UUID childId) {
        return history.allocations(childId);
    }

    @Transactional(readOnly = true)
    public List<BirthdayRecordView> birthdays(UUID childId) {
        return history.birthdays(childId);
    }

    /** For the SSDA903 return (OC3): the latest record for each young person whose birthday falls on or after {@code from} and before {@code to}. */
    @Transactional(readOnly = true)
    public List<BirthdayRecordView> birthdayRecords(LocalDate from, LocalDate to) {
        return history.birthdays(from, to);
    }

    // ---- changes ----

    /**
     * Allocates a personal adviser from {@code from}; the history keeps every allocation. A young person who has
     * left care is allocated to the adviser's team and the adviser (so the adviser reaches their record); an eligible
     * child still in care stays allocated to their social worker.
     */
    @Transactional
    public void allocateAdviser(UUID childId, String adviser, LocalDate from, String reason) {
        EligibilityStatus status = requireCareLeaver(childId);
        WorkerView worker = workforce.worker(adviser)
                .orElseThrow(() -> new IllegalArgumentException("careleavers.error.adviserUnknown"));
        notFuture(from);
        if (!status.lookedAfter()) {
            workforce.allocate(childId, worker.teamId(), adviser, from,
                    reason == null ? "Personal adviser allocated" : reason);
        }
        LeaverRecord record = record(childId);
        record.allocate(adviser, from);
        UUID id = Ids.next();
        history.allocation(id, childId, adviser, from, reason, CurrentUser.username(), clock.instant());
        duties.adviserAllocated(childId, adviser, from);
        events.publishEvent(new PersonalAdviserAllocated(childId, id, adviser, from, CurrentUser.username()));
    }

    /** Records the young person's circumstances as they are now, from the version the user saw. */
    @Transactional
    public void updateCircumstances(UUID childId, long seenVersion, boolean stayingPut, boolean inCustody,
            boolean asylumSeeking, boolean parent) {
        requireCareLeaver(childId);
        LeaverRecord record = record(childId);
        if (record.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(LeaverRecord.class, childId);
        }
        record.circumstances(stayingPut, inCustody, asylumSeeking, parent);
        records.saveAndFlush(record);
        events.publishEvent(new LeaverCircumstancesChanged(childId, today(), stayingPut, inCustody, asylumSeeking,
                parent, CurrentUser.username()));
    }

    /** A former relevant young person aged 21 to 25 asks for support: a new needs assessment is due (CL7). */
    @Transactional
    public void requestSupportTo25(UUID childId, LocalDate on) {
        notFuture(on);
        EligibilityStatus status = eligibilityOn(childId, on);
        if (status.category() != Eligibility.FORMER_RELEVANT || status.age() < 21) {
            throw new IllegalStateException("careleavers.error.supportNotApplicable");
        }
        record(childId).supportRequested(on);
        duties.supportRequested(childId, on, adviserOf(childId));
        events.publishEvent(new SupportTo25Requested(childId, on, CurrentUser.username()));
    }

    /** Records in touch, activity and accommodation around a birthday from 17 to 21 (within 3 months either side). */
    @Transactional
    public UUID recordBirthday(UUID childId, NewBirthdayRecord r) {
        PersonSummary child = child(childId);
        requireCareLeaver(childId);
        if (r.birthdayAge() < 17 || r.birthdayAge() > 21 || r.inTouch() == null || r.recordedOn() == null) {
            throw new IllegalArgumentException("careleavers.error.birthday");
        }
        notFuture(r.recordedOn());
        LocalDate birthday = child.dateOfBirth().plusYears(r.birthdayAge());
        if (r.recordedOn().isBefore(birthday.minusMonths(3)) || r.recordedOn().isAfter(birthday.plusMonths(3))) {
            throw new IllegalArgumentException("careleavers.error.birthdayWindow");
        }
        boolean inTouch = r.inTouch().inTouch();
        if (inTouch && (r.activity() == null || r.accommodation() == null)) {
            throw new IllegalArgumentException("careleavers.error.inTouchNeedsDetail");
        }
        String accommodation = inTouch ? r.accommodation().code(r.suitable()) : null;
        if (r.birthdayAge() < 18 && r.accommodation() == AccommodationType.T) {
            throw new IllegalArgumentException("careleavers.error.foyerUnder18");
        }
        Activity activity = inTouch ? r.activity() : null;
        UUID id = Ids.next();
        history.birthday(id, childId, r.birthdayAge(), birthday, r.inTouch(), activity, accommodation,
                r.recordedOn(), CurrentUser.username(), clock.instant());
        events.publishEvent(new BirthdayOutcomeRecorded(childId, id, r.birthdayAge(), birthday, r.inTouch(),
                activity, accommodation, CurrentUser.username()));
        return id;
    }

    // ---- shared with the other parts of the facade ----

    LeaverRecord record(UUID childId) {
        return records.findByChildId(childId)
                .orElseGet(() -> records.saveAndFlush(new LeaverRecord(childId, clock.instant())));
    }

    String adviserOf(UUID childId) {
        return records.findByChildId(childId).map(LeaverRecord::getAdviser).orElse(null);
    }

    EligibilityStatus requireCareLeaver(UUID childId) {
        EligibilityStatus status = eligibility(childId);
        if (!status.category().careLeaver()) {
            throw new IllegalStateException("careleavers.error.notCareLeaver");
        }
        return status;
    }

    PersonSummary child(UUID childId) {
        return people.find(childId).filter(p -> p.dateOfBirth() != null)
                .orElseThrow(() -> new NotFoundException("Young person"));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Due.LONDON));
    }

    void notFuture(LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("careleavers.error.date");
        }
        if (date.isAfter(today())) {
            throw new IllegalArgumentException("careleavers.error.dateFuture");
        }
    }
}
