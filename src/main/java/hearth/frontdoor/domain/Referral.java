package hearth.frontdoor.domain;

import hearth.audit.KeepsHistory;
import hearth.frontdoor.ReferralSource;
import hearth.frontdoor.ReferralView;
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
import java.util.UUID;

/** A referral made by a contact decision, dated the decision date; a re-referral keeps the previous one's date. */
@Entity
@Table(name = "referral")
@KeepsHistory("referral")
public class Referral {

    /** A referral this soon after the child's previous one is a re-referral. */
    public static final int RE_REFERRAL_MONTHS = 12;

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "contact_id", nullable = false)
    private UUID contactId;
    @Column(name = "referral_date", nullable = false)
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralSource source;
    @Column(name = "re_referral", nullable = false)
    private boolean reReferral;
    @Column(name = "previous_referral_date")
    private LocalDate previousDate;
    @Column(name = "previous_closure_date")
    private LocalDate previousClosureDate;
    @Column(name = "previous_closure_reason")
    private String previousClosureReason;
    @Column(name = "previous_closure_by")
    private String previousClosureBy;
    @Column(name = "closure_alert_sent", nullable = false)
    private boolean closureAlertSent;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private boolean voided;
    @Version
    private long version;

    protected Referral() {
    }

    /** {@code previous} is the date of the child's latest earlier referral, or null when none. */
    public Referral(UUID childId, UUID contactId, LocalDate date, ReferralSource source, LocalDate previous,
            Instant createdAt) {
        this.id = Ids.next();
        this.childId = childId;
        this.contactId = contactId;
        this.date = date;
        this.source = source;
        this.reReferral = isReReferral(previous, date);
        this.previousDate = reReferral ? previous : null;
        this.createdAt = createdAt;
    }

    /** Within 12 months: the previous referral is on or after the same day a year before. */
    public static boolean isReReferral(LocalDate previous, LocalDate date) {
        return previous != null && !previous.isAfter(date) && !previous.isBefore(date.minusMonths(RE_REFERRAL_MONTHS));
    }

    /** Keeps when and why the child's last involvement closed, and who authorised that closure. */
    public void followsClosure(LocalDate closedOn, String reasonCode, String authorisedBy) {
        if (closedOn != null && closedOn.isAfter(date)) {
            throw new IllegalArgumentException("A previous closure cannot be after the referral");
        }
        this.previousClosureDate = closedOn;
        this.previousClosureReason = reasonCode;
        this.previousClosureBy = authorisedBy;
    }

    /** Whether this referral came within {@code window} of the previous closure: true for the day itself too. */
    public boolean soonAfterClosure(java.time.Period window) {
        return previousClosureDate != null && !previousClosureDate.plus(window).isBefore(date);
    }

    public void closureAlertSent() {
        this.closureAlertSent = true;
    }

    public ReferralView view() {
        return new ReferralView(id, childId, contactId, date, source, reReferral, previousDate, previousClosureDate,
                previousClosureReason, previousClosureBy, closureAlertSent);
    }

    public UUID getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public boolean isReReferral() {
        return reReferral;
    }
}
