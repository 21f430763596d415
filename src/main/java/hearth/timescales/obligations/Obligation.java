package hearth.timescales.obligations;

import hearth.shared.Ids;
import hearth.timescales.CalendarKind;
import hearth.timescales.Deadline;
import hearth.timescales.DeadlineUnit;
import hearth.timescales.Due;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
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

/** Something that must happen for a child by a deadline under a timescale rule. */
@Entity
@Table(name = "obligation")
class Obligation {

    @Id
    private UUID id;
    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;
    @Column(name = "rule_id", nullable = false)
    private String ruleId;
    @Column(name = "deadline_amount", nullable = false)
    private int deadlineAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_unit", nullable = false)
    private DeadlineUnit deadlineUnit;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CalendarKind calendar;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "start_event", nullable = false)
    private String startEvent;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Column(name = "due_soon_from", nullable = false)
    private Instant dueSoonFrom;
    @Column(name = "overdue_from", nullable = false)
    private Instant overdueFrom;
    private String responsible;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObligationState state;
    @Column(name = "is_open", nullable = false)
    private boolean open;
    @Column(name = "met_at")
    private Instant metAt;
    @Column(name = "met_event")
    private String metEvent;
    @Column(name = "days_late")
    private Integer daysLate;
    @Column(name = "delay_reason")
    private String delayReason;
    @Column(name = "delay_reason_by")
    private String delayReasonBy;
    @Column(name = "delay_reason_at")
    private Instant delayReasonAt;
    @Column(name = "previous_id")
    private UUID previousId;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Obligation() {
    }

    Obligation(UUID subjectId, String ruleId, Deadline deadline, CalendarKind calendar, Instant startedAt,
            String startEvent, Due due, String responsible, UUID previousId, String createdBy, Instant now) {
        this.id = Ids.next();
        this.subjectId = subjectId;
        this.ruleId = ruleId;
        this.deadlineAmount = deadline.amount();
        this.deadlineUnit = deadline.unit();
        this.calendar = calendar;
        this.startedAt = startedAt;
        this.startEvent = startEvent;
        this.dueDate = due.date();
        this.dueSoonFrom = due.dueSoonFrom();
        this.overdueFrom = due.overdueFrom();
        this.responsible = responsible;
        this.previousId = previousId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.open = true;
        this.state = ObligationState.at(now, due, null, false);
    }

    Due due() {
        return new Due(dueDate, overdueFrom, dueSoonFrom);
    }

    ObligationState stateAt(Instant now) {
        return ObligationState.at(now, due(), metAt, voided);
    }

    void satisfy(Instant at, String event) {
        this.metAt = at;
        this.metEvent = event;
        this.open = false;
        this.daysLate = due().daysLate(at);
        this.state = stateAt(at);
    }

    void delayedBecause(String reason, String by, Instant at) {
        this.delayReason = reason;
        this.delayReasonBy = by;
        this.delayReasonAt = at;
    }

    void reassign(String responsible) {
        this.responsible = responsible;
    }

    void voidBecause(String reason) {
        this.voided = true;
        this.voidReason = reason;
        this.open = false;
        this.state = ObligationState.VOIDED;
    }

    ObligationView view(Instant now) {
        return new ObligationView(id, subjectId, ruleId, Deadline.of(deadlineAmount, deadlineUnit), startedAt,
                startEvent, due(), responsible, stateAt(now), metAt, metEvent, daysLate == null ? 0 : daysLate,
                delayReason, previousId);
    }

    UUID getId() {
        return id;
    }

    UUID getSubjectId() {
        return subjectId;
    }

    String getRuleId() {
        return ruleId;
    }

    String getResponsible() {
        return responsible;
    }

    boolean isOpen() {
        return open;
    }

    Instant getStartedAt() {
        return startedAt;
    }
}
