package hearth.carehealth;

import hearth.carehealth.domain.CareHealthEntry;
import hearth.carehealth.domain.CareHealthEntryRepository;
import hearth.carehealth.domain.CarePeriodSeen;
import hearth.carehealth.domain.CarePeriodSeenRepository;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.timescales.Due;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API of the health and education of children in care: records (health assessments, dental checks,
 * immunisations, SDQ, substance misuse, PEPs, schools, the virtual school, attendance and exclusions, independent
 * visitors and advocates), what is due for a child, the managers' list of children overdue, and the SSDA903 OC2
 * outcomes for the returns. Records are made only while the child is looked after, are never changed, and are voided
 * with a reason. Bad values throw {@link IllegalArgumentException} and forbidden changes
 * {@link IllegalStateException}, each with a message key.
 */
@Service
public class CareHealth {

    private final CareHealthEntryRepository entries;
    private final CarePeriodSeenRepository periods;
    private final CareHealthDuties duties;
    private final Obligations obligations;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CareHealth(CareHealthEntryRepository entries, CarePeriodSeenRepository periods, CareHealthDuties duties,
            Obligations obligations, People people, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.periods = periods;
        this.duties = duties;
        this.obligations = obligations;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    // ---- recording ----

    /** Records what happened for a child who is looked after now; answers the record's id. */
    @Transactional
    public UUID record(UUID childId, NewCareHealthRecord record) {
        PersonSummary child = people.find(childId).orElseThrow(() -> new NotFoundException("Child"));
        CarePeriodSeen period = currentPeriod(childId)
                .orElseThrow(() -> new IllegalStateException("carehealth.error.notLookedAfter"));
        if (record.date() != null && record.date().isAfter(today())) {
            throw new IllegalArgumentException("carehealth.error.dateFuture");
        }
        if (record.date() != null && child.dateOfBirth() != null && record.date().isBefore(child.dateOfBirth())) {
            throw new IllegalArgumentException("carehealth.error.dateBeforeBirth");
        }
        if (tooYoung(record.kind(), child.dateOfBirth(), record.date())) {
            throw new IllegalArgumentException("carehealth.error.tooYoung." + record.kind().name());
        }
        String by = CurrentUser.username();
        CareHealthEntry saved = entries.save(new CareHealthEntry(childId, record, by, clock.instant()));
        if (!record.date().isBefore(period.getStartDate())) {
            duties.recorded(childId, record.kind(), record.date(), child.dateOfBirth());
        }
        events.publishEvent(new CareHealthRecorded(childId, saved.getId(), record.kind(), record.date(),
                saved.view().byWhom(), record.outcome(), record.score(), by));
        return saved.getId();
    }

    /** Voids a record made in error, on the version the user saw; it is kept, marked void with the reason. */
    @Transactional
    public void voidRecord(UUID recordId, long seenVersion, String reason) {
        CareHealthEntry entry = entries.findById(recordId).orElseThrow(() -> new NotFoundException("Record"));
        if (entry.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(CareHealthEntry.class, recordId);
        }
        entry.voidWith(reason);
        entries.saveAndFlush(entry);
        events.publishEvent(new CareHealthRecordVoided(entry.getChildId(), recordId, entry.getKind(), reason.strip(),
                CurrentUser.username(), clock.instant()));
    }

    /**
     * Whether the child is too young on {@code on} for a record of this kind (a conviction before 10, the age of
     * criminal responsibility); false when the date of birth or the date is not known.
     */
    public static boolean tooYoung(CareHealthKind kind, LocalDate dateOfBirth, LocalDate on) {
        return kind != null && kind.minimumAge() > 0 && dateOfBirth != null && on != null
                && java.time.Period.between(dateOfBirth, on).getYears() < kind.minimumAge();
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public Optional<CareHealthRecordView> find(UUID recordId) {
        return entries.findById(recordId).map(CareHealthEntry::view);
    }

    /** Every record of the child, voided ones included, latest first. */
    @Transactional(readOnly = true)
    public List<CareHealthRecordView> recordsFor(UUID childId) {
        return entries.findByChildIdOrderByDateDescRecordedAtDesc(childId).stream().map(CareHealthEntry::view).toList();
    }

    /** The records (not voided) of many children at once, latest first, e.g. for Ofsted's Annex A. */
    @Transactional(readOnly = true)
    public List<CareHealthRecordView> recordsOf(java.util.Collection<UUID> childIds) {
        return childIds.isEmpty() ? List.of()
                : entries.findByChildIdInAndVoidedFalseOrderByDateDescRecordedAtDesc(childIds).stream()
                        .map(CareHealthEntry::view).toList();
    }

    /** Whether the child is looked after now, as this context heard from children in care. */
    @Transactional(readOnly = true)
    public boolean isLookedAfter(UUID childId) {
        return currentPeriod(childId).isPresent();
    }

    /** Children looked after now, as this context heard. */
    @Transactional(readOnly = true)
    public List<UUID> lookedAfterNow() {
        return periods.findByEndDateIsNull().stream().map(CarePeriodSeen::getChildId).distinct().toList();
    }

    /** The child's health and education at a glance; {@link CareHealthSummary#known()} is false if never in care. */
    @Transactional(readOnly = true)
    public CareHealthSummary summaryFor(UUID childId) {
        List<CarePeriodSeen> seen = periods.findByChildIdOrderByStartDateDesc(childId);
        CarePeriodSeen last = seen.isEmpty() ? null : seen.get(0);
        Map<CareHealthKind, CareHealthRecordView> latest = new EnumMap<>(CareHealthKind.class);
        for (CareHealthRecordView r : recordsFor(childId)) {
            if (!r.voided()) {
                latest.putIfAbsent(r.kind(), r);
            }
        }
        return new CareHealthSummary(childId, last != null && last.isOpen(), last == null ? null : last.getStartDate(),
                last == null ? null : last.getEndDate(), last == null ? null : last.getPlacedWith(), dueFor(childId),
                latest);
    }

    /** The child's open health and education items, soonest due first. */
    @Transactional(readOnly = true)
    public List<DueItem> dueFor(UUID childId) {
        return obligations.openFor(List.of(childId)).stream()
                .filter(o -> CareHealthTimescales.ALL.contains(o.ruleId()))
                .map(CareHealth::item).toList();
    }

    /** Looked after children overdue a health assessment or personal education plan, most overdue first. */
    @Transactional(readOnly = true)
    public List<OverdueChild> overdueHealthAssessmentsAndPeps() {
        List<UUID> children = lookedAfterNow();
        if (children.isEmpty()) {
            return List.of();
        }
        List<ObligationView> overdue = obligations.openFor(children).stream()
                .map(CareHealth::withItem).filter(o -> o.item().overdue()
                        && (o.item().healthAssessment() || o.item().pep()))
                .map(WithItem::obligation).toList();
        Map<UUID, String> names = people.find(overdue.stream().map(ObligationView::subjectId).distinct().toList())
                .stream().collect(Collectors.toMap(PersonSummary::id, PersonSummary::fullName, (a, b) -> a));
        List<OverdueChild> list = new ArrayList<>();
        for (ObligationView o : overdue) {
            list.add(new OverdueChild(o.subjectId(), names.getOrDefault(o.subjectId(), ""), o.ruleId(), o.dueDate(),
                    o.responsible()));
        }
        list.sort(Comparator.comparing(OverdueChild::dueDate).thenComparing(OverdueChild::childName));
        return list;
    }

    /** The child's SSDA903 OC2 outcomes for the year ending {@code yearEnd} (31 March). */
    @Transactional(readOnly = true)
    public Oc2Outcomes outcomesFor(UUID childId, LocalDate yearEnd) {
        LocalDate dob = people.find(childId).map(PersonSummary::dateOfBirth).orElse(null);
        List<Oc2Calculator.Span> spans = periods.findByChildIdOrderByStartDateDesc(childId).stream()
                .map(p -> new Oc2Calculator.Span(p.getStartDate(), p.getEndDate())).toList();
        return Oc2Calculator.outcomes(childId, yearEnd, today(), dob, spans, recordsFor(childId));
    }

    /** OC2 outcomes for several children at once, by child. */
    @Transactional(readOnly = true)
    public Map<UUID, Oc2Outcomes> outcomesFor(List<UUID> childIds, LocalDate yearEnd) {
        return childIds.stream().distinct().collect(Collectors.toMap(Function.identity(), c -> outcomesFor(c, yearEnd)));
    }

    // ---- helpers ----

    private record WithItem(ObligationView obligation, DueItem item) {
    }

    private static WithItem withItem(ObligationView o) {
        return new WithItem(o, CareHealthTimescales.ALL.contains(o.ruleId()) ? item(o)
                : new DueItem(o.subjectId(), o.ruleId(), o.dueDate(), hearth.timescales.ObligationState.UPCOMING, ""));
    }

    private static DueItem item(ObligationView o) {
        return new DueItem(o.subjectId(), o.ruleId(), o.dueDate(), o.state(), o.whyDueHref());
    }

    private Optional<CarePeriodSeen> currentPeriod(UUID childId) {
        return periods.findByChildIdOrderByStartDateDesc(childId).stream().filter(CarePeriodSeen::isOpen).findFirst();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Due.LONDON));
    }

    Instant now() {
        return clock.instant();
    }
}
