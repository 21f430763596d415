package hearth.court.domain;

import static hearth.court.domain.Guards.check;

import hearth.audit.KeepsHistory;
import hearth.court.MeetingView;
import hearth.court.PreProceedingsOutcome;
import hearth.court.PreProceedingsView;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Pre-proceedings under the Public Law Outline. They exist only from a gateway decision to enter them; the
 * letter before proceedings comes next, then meetings and reviews; a decision to continue keeps them open,
 * stepping down or issuing proceedings ends them.
 */
@Entity
@Table(name = "court_pre_proceedings")
@KeepsHistory("pre-proceedings")
public class PreProceedings {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "gateway_id", nullable = false)
    private UUID gatewayId;
    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;
    @Column(name = "letter_sent_on")
    private LocalDate letterSentOn;
    @Column(name = "fgdm_offered_on")
    private LocalDate familyGroupOfferedOn;
    @Column(name = "fgdm_held_on")
    private LocalDate familyGroupHeldOn;
    @Enumerated(EnumType.STRING)
    private PreProceedingsOutcome outcome;
    @Column(name = "outcome_on")
    private LocalDate outcomeOn;
    @Column(name = "outcome_reasons")
    private String outcomeReasons;
    @Column(name = "is_open", nullable = false)
    private boolean open;
    @Column(name = "letter_obligation_id")
    private UUID letterObligationId;
    @Column(name = "review_obligation_id")
    private UUID reviewObligationId;
    @Column(name = "review_due")
    private LocalDate reviewDue;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected PreProceedings() {
    }

    /** Begins pre-proceedings from a gateway decision to enter them, on the gateway meeting's date. */
    public PreProceedings(UUID childId, UUID gatewayId, LocalDate startedOn, Instant recordedAt) {
        this.id = Ids.next();
        this.childId = childId;
        this.gatewayId = gatewayId;
        this.startedOn = startedOn;
        this.open = true;
        this.recordedAt = recordedAt;
    }

    /** The letter before proceedings, once, on or after the gateway decision. */
    public void letterSent(LocalDate date, LocalDate today) {
        requireOpen();
        check(letterSentOn == null, "letterAlreadySent", "The letter before proceedings was already sent");
        Guards.notFuture(date, today, "The letter before proceedings");
        check(!date.isBefore(startedOn), "letterBeforeGateway",
                "The letter cannot be sent before the gateway decision to enter pre-proceedings");
        this.letterSentOn = date;
    }

    /** A meeting or review is held after the letter that invites the family to it. */
    public void checkMeeting(LocalDate date, LocalDate today) {
        requireOpen();
        check(letterSentOn != null, "meetingBeforeLetter",
                "Send the letter before proceedings before recording a meeting");
        Guards.notFuture(date, today, "A meeting");
        check(!date.isBefore(letterSentOn), "meetingBeforeLetter",
                "A meeting cannot be before the letter before proceedings");
    }

    /** Family group decision-making: offered, and held on or after the offer. */
    public void familyGroup(LocalDate offeredOn, LocalDate heldOn, LocalDate today) {
        requireOpen();
        Guards.notFuture(offeredOn, today, "The family group decision-making offer");
        check(!offeredOn.isBefore(startedOn), "familyGroupBeforeStart",
                "Family group decision-making cannot be offered before pre-proceedings began");
        if (heldOn != null) {
            Guards.notFuture(heldOn, today, "The family group meeting");
            check(!heldOn.isBefore(offeredOn), "familyGroupHeldBeforeOffered",
                    "The family group meeting cannot be held before it was offered");
        }
        this.familyGroupOfferedOn = offeredOn;
        this.familyGroupHeldOn = heldOn;
    }

    /** A decision after review. CONTINUE keeps pre-proceedings open; the others end them. */
    public void decide(PreProceedingsOutcome decision, LocalDate date, String reasons, LocalDate today) {
        requireOpen();
        if (decision == null) {
            throw new IllegalArgumentException("An outcome is required");
        }
        Guards.notFuture(date, today, "The outcome");
        check(!date.isBefore(startedOn), "outcomeBeforeStart", "The outcome cannot be before pre-proceedings began");
        check(outcomeOn == null || !date.isBefore(outcomeOn), "outcomeBeforeLast",
                "The outcome cannot be before the previous decision");
        check(decision == PreProceedingsOutcome.ISSUE_PROCEEDINGS || letterSentOn != null, "outcomeBeforeLetter",
                "Send the letter before proceedings before deciding to continue or step down");
        this.outcome = decision;
        this.outcomeOn = date;
        this.outcomeReasons = Guards.required(reasons, 2000, "Reasons");
        this.open = !decision.ends();
    }

    public void letterObligation(UUID id) {
        this.letterObligationId = id;
    }

    public void reviewObligation(UUID id, LocalDate due) {
        this.reviewObligationId = id;
        this.reviewDue = due;
    }

    private void requireOpen() {
        check(open && !voided, "preProceedingsEnded", "These pre-proceedings have ended");
    }

    public PreProceedingsView view(List<MeetingView> meetings) {
        return new PreProceedingsView(id, childId, gatewayId, startedOn, letterSentOn, familyGroupOfferedOn,
                familyGroupHeldOn, outcome, outcomeOn, outcomeReasons, open, open ? reviewDue : null, meetings,
                version);
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public boolean isOpen() {
        return open;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public UUID getLetterObligationId() {
        return letterObligationId;
    }

    public UUID getReviewObligationId() {
        return reviewObligationId;
    }

    public long getVersion() {
        return version;
    }

    public boolean isVoided() {
        return voided;
    }
}
