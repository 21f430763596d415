package hearth.court;

import hearth.court.domain.CareProceedings;
import hearth.court.domain.CareProceedingsRepository;
import hearth.court.domain.CourtOrder;
import hearth.court.domain.CourtOrderRepository;
import hearth.court.domain.Extension;
import hearth.court.domain.ExtensionRepository;
import hearth.court.domain.Hearing;
import hearth.court.domain.HearingRepository;
import hearth.court.domain.LegalGateway;
import hearth.court.domain.LegalGatewayRepository;
import hearth.court.domain.Meeting;
import hearth.court.domain.MeetingRepository;
import hearth.court.domain.PreProceedings;
import hearth.court.domain.PreProceedingsRepository;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.timescales.Due;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import hearth.work.Duties;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API of the court context: legal gateway decisions, pre-proceedings under the Public Law Outline,
 * care proceedings with their 26-week deadline and extensions, hearings and orders. Dates are days (the court
 * works in days); "today" comes from the injected clock. Changes to a record name the version the user saw.
 */
@Service
public class Court {

    /** Letter before proceedings after the gateway decision (local standard). */
    public static final String LETTER_RULE = "plo-letter-before-proceedings";
    /** A decision on pre-proceedings after the letter, and after each decision to continue. */
    public static final String REVIEW_RULE = "pre-proceedings-review";
    /** Care proceedings disposed of within 26 weeks beginning with the day of issue. */
    public static final String DEADLINE_RULE = "care-proceedings-26-weeks";
    /** The extended deadline, once the court extends the timetable. */
    public static final String EXTENDED_RULE = "care-proceedings-extended";

    private final LegalGatewayRepository gateways;
    private final PreProceedingsRepository preProceedings;
    private final MeetingRepository meetings;
    private final CareProceedingsRepository proceedings;
    private final ExtensionRepository extensions;
    private final HearingRepository hearings;
    private final CourtOrderRepository orders;
    private final Duties duties;
    private final Obligations obligations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Court(LegalGatewayRepository gateways, PreProceedingsRepository preProceedings, MeetingRepository meetings,
            CareProceedingsRepository proceedings, ExtensionRepository extensions, HearingRepository hearings,
            CourtOrderRepository orders, Duties duties, Obligations obligations, ApplicationEventPublisher events,
            Clock clock) {
        this.gateways = gateways;
        this.preProceedings = preProceedings;
        this.meetings = meetings;
        this.proceedings = proceedings;
        this.extensions = extensions;
        this.hearings = hearings;
        this.orders = orders;
        this.duties = duties;
        this.obligations = obligations;
        this.events = events;
        this.clock = clock;
    }

    /** Today in London, from the injected clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Due.LONDON);
    }

    // ---- Public Law Outline ------------------------------------------------------------------------------

    /**
     * A manager's legal gateway decision (AUTHORISE_ASSESSMENT). A decision to enter pre-proceedings begins them
     * on the meeting date and starts the clock for the letter before proceedings.
     */
    @Transactional
    public GatewayView recordGateway(UUID childId, LocalDate meetingDate, String attendees, GatewayDecision decision,
            String reasons) {
        if (CurrentUser.get().filter(u -> u.has(Permission.AUTHORISE_ASSESSMENT)).isEmpty()) {
            throw new AccessDeniedException("Only a manager with AUTHORISE_ASSESSMENT records a legal gateway decision");
        }
        Instant now = clock.instant();
        LegalGateway gateway = new LegalGateway(childId, meetingDate, today(), attendees, decision, reasons,
                CurrentUser.username(), now);
        if (decision == GatewayDecision.ENTER_PRE_PROCEEDINGS) {
            if (openPreProceedings(childId).isPresent()) {
                throw new CourtRuleBroken("court.rule.alreadyInPreProceedings", "The child is already in pre-proceedings");
            }
            if (openProceedings(childId).isPresent()) {
                throw new CourtRuleBroken("court.rule.alreadyInProceedings", "The child is already in care proceedings");
            }
            PreProceedings pp = new PreProceedings(childId, gateway.getId(), meetingDate, now);
            pp.letterObligation(duties.open(childId, LETTER_RULE, meetingDate,
                    "Legal gateway decided to enter pre-proceedings"));
            gateway.entered(pp.getId());
            gateways.save(gateway);
            preProceedings.save(pp);
            events.publishEvent(new PreProceedingsStarted(childId, pp.getId(), meetingDate));
        } else {
            gateways.save(gateway);
        }
        return gateway.view();
    }

    /** The letter before proceedings: stops the letter clock and starts the clock for a decision. */
    @Transactional
    public PreProceedingsView sendLetter(UUID preProceedingsId, long seenVersion, LocalDate sentOn) {
        PreProceedings pp = seen(requirePreProceedings(preProceedingsId), seenVersion);
        pp.letterSent(sentOn, today());
        satisfyIfOpen(pp.getLetterObligationId(), sentOn, "Letter before proceedings sent");
        openReview(pp, sentOn, "Letter before proceedings sent");
        events.publishEvent(new LetterBeforeProceedingsSent(pp.getChildId(), pp.getId(), sentOn));
        return flushed(pp);
    }

    /** A pre-proceedings meeting or review, after the letter. */
    @Transactional
    public MeetingView recordMeeting(UUID preProceedingsId, MeetingKind kind, LocalDate date, String attendees,
            String progress) {
        PreProceedings pp = requirePreProceedings(preProceedingsId);
        pp.checkMeeting(date, today());
        return meetings.save(new Meeting(pp.getId(), kind, date, attendees, progress, CurrentUser.username(),
                clock.instant())).view();
    }

    /** Family group decision-making offered (and held, when it was). */
    @Transactional
    public PreProceedingsView recordFamilyGroup(UUID preProceedingsId, long seenVersion, LocalDate offeredOn,
            LocalDate heldOn) {
        PreProceedings pp = seen(requirePreProceedings(preProceedingsId), seenVersion);
        pp.familyGroup(offeredOn, heldOn, today());
        return flushed(pp);
    }

    /**
     * A decision on pre-proceedings. It meets the review obligation; CONTINUE opens the next review from this
     * date; STEP_DOWN and ISSUE_PROCEEDINGS end pre-proceedings.
     */
    @Transactional
    public PreProceedingsView decide(UUID preProceedingsId, long seenVersion, PreProceedingsOutcome outcome,
            LocalDate date, String reasons) {
        PreProceedings pp = seen(requirePreProceedings(preProceedingsId), seenVersion);
        decide(pp, outcome, date, reasons);
        return flushed(pp);
    }

    private void decide(PreProceedings pp, PreProceedingsOutcome outcome, LocalDate date, String reasons) {
        pp.decide(outcome, date, reasons, today());
        satisfyIfOpen(pp.getReviewObligationId(), date, "Pre-proceedings decision: " + outcome);
        if (outcome.ends()) {
            voidIfOpen(pp.getLetterObligationId(), "Pre-proceedings ended before the letter: " + outcome);
            events.publishEvent(new PreProceedingsEnded(pp.getChildId(), pp.getId(), outcome, date));
        } else {
            openReview(pp, date, "Decision to continue pre-proceedings");
        }
    }

    private void openReview(PreProceedings pp, LocalDate from, String why) {
        UUID id = duties.open(pp.getChildId(), REVIEW_RULE, from, why);
        pp.reviewObligation(id, obligations.find(id).map(ObligationView::dueDate).orElse(null));
    }

    // ---- Care proceedings --------------------------------------------------------------------------------

    /**
     * Issues care proceedings; the 26-week clock starts on the day of issue. Open pre-proceedings end with the
     * outcome "issue proceedings" on the same day.
     */
    @Transactional
    public ProceedingsView issue(UUID childId, LocalDate issuedOn, String court, String caseNumber) {
        if (openProceedings(childId).isPresent()) {
            throw new CourtRuleBroken("court.rule.alreadyInProceedings", "The child is already in care proceedings");
        }
        CareProceedings p = new CareProceedings(childId, issuedOn, today(), court, caseNumber, CurrentUser.username(),
                clock.instant());
        Optional<PreProceedings> pp = openPreProceedings(childId);
        if (pp.isPresent()) {
            decide(pp.get(), PreProceedingsOutcome.ISSUE_PROCEEDINGS, issuedOn, "Care proceedings issued");
        }
        p.obligation(duties.open(childId, DEADLINE_RULE, issuedOn, "Care proceedings issued (day 1 of 26 weeks)"));
        proceedings.save(p);
        events.publishEvent(new ProceedingsIssued(childId, p.getId(), issuedOn, court, caseNumber, p.getDeadline()));
        return flushed(p);
    }

    /** An extension of 1 to 8 weeks granted while the proceedings are open; the deadline moves on. */
    @Transactional
    public ProceedingsView extend(UUID proceedingsId, long seenVersion, LocalDate grantedOn, int weeks,
            String reason) {
        CareProceedings p = seen(requireProceedings(proceedingsId), seenVersion);
        LocalDate before = p.getDeadline();
        LocalDate after = p.extend(grantedOn, weeks, today());
        extensions.save(new Extension(p.getId(), grantedOn, weeks, reason, before, after, CurrentUser.username(),
                clock.instant()));
        voidIfOpen(p.getObligationId(), "Timetable extended by the court on " + grantedOn + " to " + after);
        p.obligation(duties.open(p.getChildId(), EXTENDED_RULE, after.minusWeeks(CareProceedings.MAX_EXTENSION_WEEKS),
                "Extension of " + weeks + " weeks granted on " + grantedOn + ": timetable ends on " + after));
        events.publishEvent(new ProceedingsExtended(p.getChildId(), p.getId(), grantedOn, weeks, after));
        return flushed(p);
    }

    /** A hearing on or after the day of issue, while the proceedings are open. */
    @Transactional
    public HearingView recordHearing(UUID proceedingsId, LocalDate date, HearingType type, String outcome) {
        CareProceedings p = requireProceedings(proceedingsId);
        p.checkEvent(date, today(), "A hearing");
        return hearings.save(new Hearing(p.getId(), date, type, outcome, CurrentUser.username(), clock.instant()))
                .view();
    }

    /**
     * An order made in open proceedings. Two orders of one type are never in force together; a final order ends
     * the interim orders in force on the day it is made.
     */
    @Transactional
    public OrderView makeOrder(UUID proceedingsId, OrderType type, LocalDate madeOn) {
        CareProceedings p = requireProceedings(proceedingsId);
        p.checkEvent(madeOn, today(), "An order");
        List<CourtOrder> existing = orders.findByChildIdAndVoidedFalseOrderByMadeOnAscRecordedAtAsc(p.getChildId());
        for (CourtOrder o : existing) {
            if (o.getType() == type && (o.inForceOn(madeOn) || o.getMadeOn().isAfter(madeOn))) {
                throw new CourtRuleBroken("court.rule.orderInForce", "An order of this type is already in force");
            }
        }
        if (type != null && !type.interim()) {
            for (CourtOrder o : existing) {
                if (o.getType().interim() && o.inForceOn(madeOn)) {
                    end(o, madeOn, "Final order made");
                }
            }
        }
        CourtOrder order = orders.save(new CourtOrder(p.getChildId(), p.getId(), type, madeOn, CurrentUser.username(),
                clock.instant()));
        events.publishEvent(new CourtOrderMade(p.getChildId(), order.getId(), type, madeOn));
        return order.view();
    }

    /** An order stops being in force (discharged, expired, replaced). */
    @Transactional
    public OrderView endOrder(UUID orderId, long seenVersion, LocalDate endedOn, String reason) {
        CourtOrder order = seen(requireOrder(orderId), seenVersion);
        end(order, endedOn, reason);
        orders.flush();
        return order.view();
    }

    /** An order recorded in error; it drops out of the history and the legal status. */
    @Transactional
    public void voidOrder(UUID orderId, String reason) {
        requireOrder(orderId).voidOrder(reason);
    }

    private void end(CourtOrder order, LocalDate date, String reason) {
        order.end(date, reason, today());
        events.publishEvent(new CourtOrderEnded(order.getChildId(), order.getId(), order.getType(), date));
    }

    /**
     * The final outcome, on or after everything recorded in the proceedings. Interim orders in force end that
     * day; the deadline obligation is met.
     */
    @Transactional
    public ProceedingsView conclude(UUID proceedingsId, long seenVersion, FinalOutcome outcome, LocalDate date) {
        CareProceedings p = seen(requireProceedings(proceedingsId), seenVersion);
        LocalDate latest = p.getIssuedOn();
        for (Hearing h : hearings.findByProceedingsIdAndVoidedFalseOrderByDateAscRecordedAtAsc(p.getId())) {
            latest = later(latest, h.getDate());
        }
        for (Extension e : extensions.findByProceedingsIdAndVoidedFalseOrderByGrantedOnAscRecordedAtAsc(p.getId())) {
            latest = later(latest, e.getGrantedOn());
        }
        List<CourtOrder> childOrders = orders.findByChildIdAndVoidedFalseOrderByMadeOnAscRecordedAtAsc(p.getChildId());
        for (CourtOrder o : childOrders) {
            if (p.getId().equals(o.getProceedingsId())) {
                latest = later(latest, o.getMadeOn());
            }
        }
        p.conclude(outcome, date, latest, today());
        for (CourtOrder o : childOrders) {
            if (o.getType().interim() && o.inForceOn(date)) {
                end(o, date, "Proceedings concluded");
            }
        }
        satisfyIfOpen(p.getObligationId(), date, "Care proceedings concluded: " + outcome);
        events.publishEvent(new ProceedingsConcluded(p.getChildId(), p.getId(), outcome, date));
        return flushed(p);
    }

    // ---- Reading -----------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<GatewayView> gatewaysFor(UUID childId) {
        return gateways.findByChildIdAndVoidedFalseOrderByMeetingDateDescRecordedAtDesc(childId).stream()
                .map(LegalGateway::view).toList();
    }

    /** The child's pre-proceedings, latest first. */
    @Transactional(readOnly = true)
    public List<PreProceedingsView> preProceedingsFor(UUID childId) {
        return preProceedings.findByChildIdAndVoidedFalseOrderByStartedOnDesc(childId).stream().map(this::view)
                .toList();
    }

    /** The child's care proceedings, latest first. */
    @Transactional(readOnly = true)
    public List<ProceedingsView> proceedingsFor(UUID childId) {
        return proceedings.findByChildIdAndVoidedFalseOrderByIssuedOnDesc(childId).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PreProceedingsView> findPreProceedings(UUID id) {
        return preProceedings.findById(id).filter(p -> !p.isVoided()).map(this::view);
    }

    @Transactional(readOnly = true)
    public Optional<ProceedingsView> findProceedings(UUID id) {
        return proceedings.findById(id).filter(p -> !p.isVoided()).map(this::view);
    }

    @Transactional(readOnly = true)
    public Optional<OrderView> findOrder(UUID id) {
        return orders.findById(id).filter(o -> !o.isVoided()).map(CourtOrder::view);
    }

    /** Every order made about the child (voided ones left out), in the order made. */
    @Transactional(readOnly = true)
    public List<OrderView> orderHistory(UUID childId) {
        return orders.findByChildIdAndVoidedFalseOrderByMadeOnAscRecordedAtAsc(childId).stream()
                .map(CourtOrder::view).toList();
    }

    /** The orders in force on a date: made on or before it and not ended on or before it. */
    @Transactional(readOnly = true)
    public List<OrderView> legalStatusOn(UUID childId, LocalDate date) {
        return orders.findByChildIdAndVoidedFalseOrderByMadeOnAscRecordedAtAsc(childId).stream()
                .filter(o -> o.inForceOn(date)).map(CourtOrder::view).toList();
    }

    /** Every child's open pre-proceedings, longest running first. */
    @Transactional(readOnly = true)
    public List<PreProceedingsView> allOpenPreProceedings() {
        return preProceedings.findByOpenTrueAndVoidedFalseOrderByStartedOnAsc().stream().map(this::view).toList();
    }

    /** Every child's open care proceedings, nearest deadline first. */
    @Transactional(readOnly = true)
    public List<ProceedingsView> allOpenProceedings() {
        return proceedings.findByOpenTrueAndVoidedFalseOrderByDeadlineAsc().stream().map(this::view).toList();
    }

    // ---- Helpers -----------------------------------------------------------------------------------------

    private Optional<PreProceedings> openPreProceedings(UUID childId) {
        return preProceedings.findByChildIdAndVoidedFalseOrderByStartedOnDesc(childId).stream()
                .filter(PreProceedings::isOpen).findFirst();
    }

    private Optional<CareProceedings> openProceedings(UUID childId) {
        return proceedings.findByChildIdAndVoidedFalseOrderByIssuedOnDesc(childId).stream()
                .filter(CareProceedings::isOpen).findFirst();
    }

    /** The view after writing the change, so it carries the version the next change must name. */
    private PreProceedingsView flushed(PreProceedings pp) {
        preProceedings.flush();
        return view(pp);
    }

    private ProceedingsView flushed(CareProceedings p) {
        proceedings.flush();
        return view(p);
    }

    private PreProceedingsView view(PreProceedings pp) {
        return pp.view(meetings.findByPreProceedingsIdAndVoidedFalseOrderByDateAscRecordedAtAsc(pp.getId()).stream()
                .map(Meeting::view).toList());
    }

    private ProceedingsView view(CareProceedings p) {
        List<OrderView> made = new ArrayList<>();
        for (CourtOrder o : orders.findByChildIdAndVoidedFalseOrderByMadeOnAscRecordedAtAsc(p.getChildId())) {
            if (p.getId().equals(o.getProceedingsId())) {
                made.add(o.view());
            }
        }
        return p.view(
                extensions.findByProceedingsIdAndVoidedFalseOrderByGrantedOnAscRecordedAtAsc(p.getId()).stream()
                        .map(Extension::view).toList(),
                hearings.findByProceedingsIdAndVoidedFalseOrderByDateAscRecordedAtAsc(p.getId()).stream()
                        .map(Hearing::view).toList(),
                made);
    }

    private void satisfyIfOpen(UUID obligationId, LocalDate date, String event) {
        if (obligationId == null) {
            return;
        }
        obligations.find(obligationId).filter(o -> o.state().isOpen()).ifPresent(o -> {
            Instant at = date.atStartOfDay(Due.LONDON).toInstant();
            obligations.satisfy(o.id(), at.isBefore(o.startedAt()) ? o.startedAt() : at, event);
        });
    }

    private void voidIfOpen(UUID obligationId, String reason) {
        if (obligationId != null) {
            obligations.find(obligationId).filter(o -> o.state().isOpen())
                    .ifPresent(o -> obligations.voidObligation(o.id(), reason));
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b.isAfter(a) ? b : a;
    }

    private PreProceedings requirePreProceedings(UUID id) {
        return preProceedings.findById(id).filter(p -> !p.isVoided()).orElseThrow(() -> new NotFoundException("Pre-proceedings"));
    }

    private CareProceedings requireProceedings(UUID id) {
        return proceedings.findById(id).filter(p -> !p.isVoided()).orElseThrow(() -> new NotFoundException("Care proceedings"));
    }

    private CourtOrder requireOrder(UUID id) {
        return orders.findById(id).filter(o -> !o.isVoided()).orElseThrow(() -> new NotFoundException("Court order"));
    }

    private static <T> T seen(T entity, long seenVersion) {
        long version = entity instanceof PreProceedings pp ? pp.getVersion()
                : entity instanceof CareProceedings p ? p.getVersion() : ((CourtOrder) entity).getVersion();
        if (version != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(entity.getClass(), "seen version " + seenVersion);
        }
        return entity;
    }
}
