package hearth.court;

import static hearth.court.CourtClock.later;
import static hearth.court.CourtClock.seen;

import hearth.court.domain.CareProceedings;
import hearth.court.domain.CareProceedingsRepository;
import hearth.court.domain.Extension;
import hearth.court.domain.ExtensionRepository;
import hearth.court.domain.Hearing;
import hearth.court.domain.HearingRepository;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.work.Duties;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Care proceedings: issue and the 26-week deadline, extensions, hearings, orders and the final outcome. */
@Service
class CareProceedingsWork {

    private final CareProceedingsRepository proceedings;
    private final ExtensionRepository extensions;
    private final HearingRepository hearings;
    private final CourtOrders orders;
    private final PublicLawOutline outline;
    private final Duties duties;
    private final ApplicationEventPublisher events;
    private final CourtClock clock;

    CareProceedingsWork(CareProceedingsRepository proceedings, ExtensionRepository extensions,
            HearingRepository hearings, CourtOrders orders, PublicLawOutline outline, Duties duties,
            ApplicationEventPublisher events, CourtClock clock) {
        this.proceedings = proceedings;
        this.extensions = extensions;
        this.hearings = hearings;
        this.orders = orders;
        this.outline = outline;
        this.duties = duties;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ProceedingsView issue(UUID childId, LocalDate issuedOn, String court, String caseNumber) {
        if (open(childId).isPresent()) {
            throw new CourtRuleBroken("court.rule.alreadyInProceedings", "The child is already in care proceedings");
        }
        CareProceedings p = new CareProceedings(childId, issuedOn, clock.today(), court, caseNumber,
                CurrentUser.username(), clock.now());
        outline.endForIssue(childId, issuedOn);
        p.obligation(duties.open(childId, Court.DEADLINE_RULE, issuedOn, "Care proceedings issued (day 1 of 26 weeks)"));
        proceedings.save(p);
        events.publishEvent(new ProceedingsIssued(childId, p.getId(), issuedOn, court, caseNumber, p.getDeadline()));
        return flushed(p);
    }

    @Transactional
    public ProceedingsView extend(UUID proceedingsId, long seenVersion, LocalDate grantedOn, int weeks,
            String reason) {
        CareProceedings p = seen(require(proceedingsId), seenVersion);
        LocalDate before = p.getDeadline();
        LocalDate after = p.extend(grantedOn, weeks, clock.today());
        extensions.save(new Extension(p.getId(), grantedOn, weeks, reason, before, after, CurrentUser.username(),
                clock.now()));
        clock.voidIfOpen(p.getObligationId(), "Timetable extended by the court on " + grantedOn + " to " + after);
        p.obligation(duties.open(p.getChildId(), Court.EXTENDED_RULE,
                after.minusWeeks(CareProceedings.MAX_EXTENSION_WEEKS),
                "Extension of " + weeks + " weeks granted on " + grantedOn + ": timetable ends on " + after));
        events.publishEvent(new ProceedingsExtended(p.getChildId(), p.getId(), grantedOn, weeks, after));
        return flushed(p);
    }

    @Transactional
    public HearingView recordHearing(UUID proceedingsId, LocalDate date, HearingType type, String outcome) {
        CareProceedings p = require(proceedingsId);
        p.checkEvent(date, clock.today(), "A hearing");
        return hearings.save(new Hearing(p.getId(), date, type, outcome, CurrentUser.username(), clock.now())).view();
    }

    @Transactional
    public OrderView makeOrder(UUID proceedingsId, OrderType type, LocalDate madeOn) {
        CareProceedings p = require(proceedingsId);
        p.checkEvent(madeOn, clock.today(), "An order");
        return orders.make(p, type, madeOn);
    }

    @Transactional
    public ProceedingsView conclude(UUID proceedingsId, long seenVersion, FinalOutcome outcome, LocalDate date) {
        CareProceedings p = seen(require(proceedingsId), seenVersion);
        LocalDate latest = p.getIssuedOn();
        for (Hearing h : hearings.findByProceedingsIdAndVoidedFalseOrderByDateAscRecordedAtAsc(p.getId())) {
            latest = later(latest, h.getDate());
        }
        for (Extension e : extensions.findByProceedingsIdAndVoidedFalseOrderByGrantedOnAscRecordedAtAsc(p.getId())) {
            latest = later(latest, e.getGrantedOn());
        }
        for (OrderView o : orders.madeIn(p)) {
            latest = later(latest, o.madeOn());
        }
        p.conclude(outcome, date, latest, clock.today());
        orders.endInterimOrders(p.getChildId(), date);
        clock.satisfyIfOpen(p.getObligationId(), date, "Care proceedings concluded: " + outcome);
        events.publishEvent(new ProceedingsConcluded(p.getChildId(), p.getId(), outcome, date));
        return flushed(p);
    }

    @Transactional(readOnly = true)
    public List<ProceedingsView> proceedingsFor(UUID childId) {
        return proceedings.findByChildIdAndVoidedFalseOrderByIssuedOnDesc(childId).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ProceedingsView> find(UUID id) {
        return proceedings.findById(id).filter(p -> !p.isVoided()).map(this::view);
    }

    @Transactional(readOnly = true)
    public List<ProceedingsView> allOpen() {
        return proceedings.findByOpenTrueAndVoidedFalseOrderByDeadlineAsc().stream().map(this::view).toList();
    }

    private Optional<CareProceedings> open(UUID childId) {
        return proceedings.findByChildIdAndVoidedFalseOrderByIssuedOnDesc(childId).stream()
                .filter(CareProceedings::isOpen).findFirst();
    }

    private ProceedingsView flushed(CareProceedings p) {
        proceedings.flush();
        return view(p);
    }

    private ProceedingsView view(CareProceedings p) {
        return p.view(
                extensions.findByProceedingsIdAndVoidedFalseOrderByGrantedOnAscRecordedAtAsc(p.getId()).stream()
                        .map(Extension::view).toList(),
                hearings.findByProceedingsIdAndVoidedFalseOrderByDateAscRecordedAtAsc(p.getId()).stream()
                        .map(Hearing::view).toList(),
                orders.madeIn(p));
    }

    private CareProceedings require(UUID id) {
        return proceedings.findById(id).filter(p -> !p.isVoided())
                .orElseThrow(() -> new NotFoundException("Care proceedings"));
    }
}
