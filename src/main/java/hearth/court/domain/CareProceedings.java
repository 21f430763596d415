package hearth.court.domain;

import static hearth.court.domain.Guards.check;

import hearth.audit.KeepsHistory;
import hearth.court.ExtensionView;
import hearth.court.FinalOutcome;
import hearth.court.HearingView;
import hearth.court.OrderView;
import hearth.court.ProceedingsView;
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
 * Care proceedings about one child. The court must dispose of them within 26 weeks beginning with the day of
 * issue (Children Act 1989 s32(1)(a)(ii)), so the deadline is the issue date plus 26 weeks less a day; each
 * extension moves it on by up to 8 weeks (s32(5) to (8)). Hearings, extensions and orders come only while open.
 */
@Entity
@Table(name = "court_proceedings")
@KeepsHistory("care proceedings")
public class CareProceedings {

    public static final int WEEKS = 26;
    public static final int MAX_EXTENSION_WEEKS = 8;

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;
    @Column(nullable = false)
    private String court;
    @Column(name = "case_number", nullable = false)
    private String caseNumber;
    @Column(nullable = false)
    private LocalDate deadline;
    @Column(name = "is_open", nullable = false)
    private boolean open;
    @Enumerated(EnumType.STRING)
    @Column(name = "final_outcome")
    private FinalOutcome finalOutcome;
    @Column(name = "concluded_on")
    private LocalDate concludedOn;
    @Column(name = "obligation_id")
    private UUID obligationId;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected CareProceedings() {
    }

    public CareProceedings(UUID childId, LocalDate issuedOn, LocalDate today, String court, String caseNumber,
            String recordedBy, Instant recordedAt) {
        Guards.notFuture(issuedOn, today, "Issuing proceedings");
        this.id = Ids.next();
        this.childId = childId;
        this.issuedOn = issuedOn;
        this.court = Guards.required(court, 200, "Court");
        this.caseNumber = Guards.required(caseNumber, 50, "Case number");
        this.deadline = deadlineFor(issuedOn);
        this.open = true;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The last day of the 26 weeks beginning with the day of issue. */
    public static LocalDate deadlineFor(LocalDate issuedOn) {
        return issuedOn.plusWeeks(WEEKS).minusDays(1);
    }

    /** An extension granted while open moves the deadline on; answers the new deadline. */
    public LocalDate extend(LocalDate grantedOn, int weeks, LocalDate today) {
        requireOpen();
        Guards.notFuture(grantedOn, today, "An extension");
        check(!grantedOn.isBefore(issuedOn), "beforeIssue", "Nothing can happen in proceedings before they were issued");
        check(weeks >= 1 && weeks <= MAX_EXTENSION_WEEKS, "extensionWeeks",
                "An extension is 1 to 8 weeks (Children Act 1989 s32(8))");
        this.deadline = deadline.plusWeeks(weeks);
        return deadline;
    }

    /** Checks a hearing, order or other event dated {@code date} can be recorded now. */
    public void checkEvent(LocalDate date, LocalDate today, String what) {
        requireOpen();
        Guards.notFuture(date, today, what);
        check(!date.isBefore(issuedOn), "beforeIssue", "Nothing can happen in proceedings before they were issued");
    }

    /** Concludes on or after everything already recorded in them. */
    public void conclude(FinalOutcome outcome, LocalDate date, LocalDate latestEvent, LocalDate today) {
        if (outcome == null) {
            throw new IllegalArgumentException("A final outcome is required");
        }
        checkEvent(date, today, "The conclusion");
        check(latestEvent == null || !date.isBefore(latestEvent), "concludedBeforeLast",
                "Proceedings cannot conclude before a hearing, order or extension already recorded");
        this.finalOutcome = outcome;
        this.concludedOn = date;
        this.open = false;
    }

    public void obligation(UUID id) {
        this.obligationId = id;
    }

    private void requireOpen() {
        check(open && !voided, "proceedingsClosed", "These proceedings have concluded");
    }

    public ProceedingsView view(List<ExtensionView> extensions, List<HearingView> hearings, List<OrderView> orders) {
        return new ProceedingsView(id, childId, issuedOn, court, caseNumber, deadline, open, finalOutcome,
                concludedOn, extensions, hearings, orders, version);
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public boolean isOpen() {
        return open;
    }

    public UUID getObligationId() {
        return obligationId;
    }

    public long getVersion() {
        return version;
    }

    public boolean isVoided() {
        return voided;
    }
}
