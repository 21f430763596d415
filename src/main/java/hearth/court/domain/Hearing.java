package hearth.court.domain;

import hearth.audit.KeepsHistory;
import hearth.court.HearingType;
import hearth.court.HearingView;
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

/** A hearing in care proceedings and what came of it. */
@Entity
@Table(name = "court_hearing")
@KeepsHistory("court hearing")
public class Hearing {

    @Id
    private UUID id;
    @Column(name = "proceedings_id", nullable = false)
    private UUID proceedingsId;
    @Column(name = "hearing_date", nullable = false)
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    @Column(name = "hearing_type", nullable = false)
    private HearingType type;
    @Column(nullable = false)
    private String outcome;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private boolean voided;
    @Version
    private long version;

    protected Hearing() {
    }

    /** Call {@link CareProceedings#checkEvent} first. */
    public Hearing(UUID proceedingsId, LocalDate date, HearingType type, String outcome, String recordedBy,
            Instant recordedAt) {
        if (type == null) {
            throw new IllegalArgumentException("A hearing needs a type");
        }
        this.id = Ids.next();
        this.proceedingsId = proceedingsId;
        this.date = date;
        this.type = type;
        this.outcome = Guards.required(outcome, 2000, "Outcome");
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public LocalDate getDate() {
        return date;
    }

    public HearingView view() {
        return new HearingView(id, proceedingsId, date, type, outcome);
    }
}
