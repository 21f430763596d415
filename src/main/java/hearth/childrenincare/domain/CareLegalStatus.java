package hearth.childrenincare.domain;

import hearth.audit.KeepsHistory;
import hearth.childrenincare.LegalStatus;
import hearth.childrenincare.LegalStatusView;
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

/** A legal status a looked after child is cared for under from a date (the first starts with the period). */
@Entity
@Table(name = "cic_legal_status")
@KeepsHistory("legal status")
public class CareLegalStatus {

    @Id
    private UUID id;
    @Column(name = "period_id", nullable = false)
    private UUID periodId;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_status", nullable = false)
    private LegalStatus status;
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

    protected CareLegalStatus() {
    }

    public CareLegalStatus(UUID periodId, UUID childId, LocalDate startDate, LegalStatus status, String recordedBy,
            Instant recordedAt) {
        if (startDate == null || status == null) {
            throw new IllegalArgumentException("A legal status needs a date and a code");
        }
        this.id = Ids.next();
        this.periodId = periodId;
        this.childId = childId;
        this.startDate = startDate;
        this.status = status;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public LegalStatusView view() {
        return new LegalStatusView(id, periodId, startDate, status, recordedBy);
    }

    public LegalStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }
}
