package hearth.court.domain;

import hearth.audit.KeepsHistory;
import hearth.court.GatewayDecision;
import hearth.court.GatewayView;
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

/** A legal gateway (legal planning meeting) decision about a child, made by a manager. */
@Entity
@Table(name = "court_gateway")
@KeepsHistory("legal gateway")
public class LegalGateway {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;
    @Column(nullable = false)
    private String attendees;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GatewayDecision decision;
    @Column(nullable = false)
    private String reasons;
    @Column(name = "decided_by", nullable = false)
    private String decidedBy;
    @Column(name = "pre_proceedings_id")
    private UUID preProceedingsId;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected LegalGateway() {
    }

    public LegalGateway(UUID childId, LocalDate meetingDate, LocalDate today, String attendees,
            GatewayDecision decision, String reasons, String decidedBy, Instant recordedAt) {
        Guards.notFuture(meetingDate, today, "A legal gateway meeting");
        if (decision == null) {
            throw new IllegalArgumentException("A gateway needs a decision");
        }
        this.id = Ids.next();
        this.childId = childId;
        this.meetingDate = meetingDate;
        this.attendees = Guards.required(attendees, 1000, "Attendees");
        this.decision = decision;
        this.reasons = Guards.required(reasons, 4000, "Reasons");
        this.decidedBy = decidedBy;
        this.recordedAt = recordedAt;
    }

    public void entered(UUID preProceedingsId) {
        this.preProceedingsId = preProceedingsId;
    }

    public GatewayView view() {
        return new GatewayView(id, childId, meetingDate, attendees, decision, reasons, decidedBy, preProceedingsId);
    }

    public UUID getId() {
        return id;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }
}
