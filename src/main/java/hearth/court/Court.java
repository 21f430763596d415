package hearth.court;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Published API of the court context: legal gateway decisions, pre-proceedings under the Public Law Outline,
 * care proceedings with their 26-week deadline and extensions, hearings and orders. Dates are days (the court
 * works in days); "today" comes from the injected clock. Changes to a record name the version the user saw. The
 * work is done by one service per aggregate ({@link PublicLawOutline}, {@link CareProceedingsWork},
 * {@link CourtOrders}); this is their single front.
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

    private final PublicLawOutline outline;
    private final CareProceedingsWork proceedings;
    private final CourtOrders orders;
    private final CourtClock clock;

    Court(PublicLawOutline outline, CareProceedingsWork proceedings, CourtOrders orders, CourtClock clock) {
        this.outline = outline;
        this.proceedings = proceedings;
        this.orders = orders;
        this.clock = clock;
    }

    /** Today in London, from the injected clock. */
    public LocalDate today() {
        return clock.today();
    }

    // ---- Public Law Outline ------------------------------------------------------------------------------

    /**
     * A manager's legal gateway decision (AUTHORISE_ASSESSMENT). A decision to enter pre-proceedings begins them
     * on the meeting date and starts the clock for the letter before proceedings.
     */
    public GatewayView recordGateway(UUID childId, LocalDate meetingDate, String attendees, GatewayDecision decision,
            String reasons) {
        return outline.recordGateway(childId, meetingDate, attendees, decision, reasons);
    }

    /** The letter before proceedings: stops the letter clock and starts the clock for a decision. */
    public PreProceedingsView sendLetter(UUID preProceedingsId, long seenVersion, LocalDate sentOn) {
        return outline.sendLetter(preProceedingsId, seenVersion, sentOn);
    }

    /** A pre-proceedings meeting or review, after the letter. */
    public MeetingView recordMeeting(UUID preProceedingsId, MeetingKind kind, LocalDate date, String attendees,
            String progress) {
        return outline.recordMeeting(preProceedingsId, kind, date, attendees, progress);
    }

    /** Family group decision-making offered (and held, when it was). */
    public PreProceedingsView recordFamilyGroup(UUID preProceedingsId, long seenVersion, LocalDate offeredOn,
            LocalDate heldOn) {
        return outline.recordFamilyGroup(preProceedingsId, seenVersion, offeredOn, heldOn);
    }

    /**
     * A decision on pre-proceedings. It meets the review obligation; CONTINUE opens the next review from this
     * date; STEP_DOWN and ISSUE_PROCEEDINGS end pre-proceedings.
     */
    public PreProceedingsView decide(UUID preProceedingsId, long seenVersion, PreProceedingsOutcome outcome,
            LocalDate date, String reasons) {
        return outline.decide(preProceedingsId, seenVersion, outcome, date, reasons);
    }

    // ---- Care proceedings --------------------------------------------------------------------------------

    /**
     * Issues care proceedings; the 26-week clock starts on the day of issue. Open pre-proceedings end with the
     * outcome "issue proceedings" on the same day.
     */
    public ProceedingsView issue(UUID childId, LocalDate issuedOn, String court, String caseNumber) {
        return proceedings.issue(childId, issuedOn, court, caseNumber);
    }

    /** An extension of 1 to 8 weeks granted while the proceedings are open; the deadline moves on. */
    public ProceedingsView extend(UUID proceedingsId, long seenVersion, LocalDate grantedOn, int weeks,
            String reason) {
        return proceedings.extend(proceedingsId, seenVersion, grantedOn, weeks, reason);
    }

    /** A hearing on or after the day of issue, while the proceedings are open. */
    public HearingView recordHearing(UUID proceedingsId, LocalDate date, HearingType type, String outcome) {
        return proceedings.recordHearing(proceedingsId, date, type, outcome);
    }

    /**
     * An order made in open proceedings. Two orders of one type are never in force together; a final order ends
     * the interim orders in force on the day it is made.
     */
    public OrderView makeOrder(UUID proceedingsId, OrderType type, LocalDate madeOn) {
        return proceedings.makeOrder(proceedingsId, type, madeOn);
    }

    /** An order stops being in force (discharged, expired, replaced). */
    public OrderView endOrder(UUID orderId, long seenVersion, LocalDate endedOn, String reason) {
        return orders.end(orderId, seenVersion, endedOn, reason);
    }

    /** An order recorded in error; it drops out of the history and the legal status. */
    public void voidOrder(UUID orderId, String reason) {
        orders.voidOrder(orderId, reason);
    }

    /**
     * The final outcome, on or after everything recorded in the proceedings. Interim orders in force end that
     * day; the deadline obligation is met.
     */
    public ProceedingsView conclude(UUID proceedingsId, long seenVersion, FinalOutcome outcome, LocalDate date) {
        return proceedings.conclude(proceedingsId, seenVersion, outcome, date);
    }

    // ---- Reading -----------------------------------------------------------------------------------------

    public List<GatewayView> gatewaysFor(UUID childId) {
        return outline.gatewaysFor(childId);
    }

    /** The child's pre-proceedings, latest first. */
    public List<PreProceedingsView> preProceedingsFor(UUID childId) {
        return outline.preProceedingsFor(childId);
    }

    /** The child's care proceedings, latest first. */
    public List<ProceedingsView> proceedingsFor(UUID childId) {
        return proceedings.proceedingsFor(childId);
    }

    public Optional<PreProceedingsView> findPreProceedings(UUID id) {
        return outline.find(id);
    }

    public Optional<ProceedingsView> findProceedings(UUID id) {
        return proceedings.find(id);
    }

    public Optional<OrderView> findOrder(UUID id) {
        return orders.find(id);
    }

    /** Every order made about the child (voided ones left out), in the order made. */
    public List<OrderView> orderHistory(UUID childId) {
        return orders.history(childId);
    }

    /** The orders in force on a date: made on or before it and not ended on or before it. */
    public List<OrderView> legalStatusOn(UUID childId, LocalDate date) {
        return orders.inForceOn(childId, date);
    }

    /** Every child's open pre-proceedings, longest running first. */
    public List<PreProceedingsView> allOpenPreProceedings() {
        return outline.allOpen();
    }

    /** Every child's open care proceedings, nearest deadline first. */
    public List<ProceedingsView> allOpenProceedings() {
        return proceedings.allOpen();
    }
}
