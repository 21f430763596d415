package hearth.court.domain;

import hearth.audit.KeepsHistory;
import hearth.court.ExtensionView;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An extension of the proceedings' timetable, as granted by the court. */
@Entity
@Table(name = "court_extension")
@KeepsHistory("proceedings extension")
public class Extension {

    @Id
    private UUID id;
    @Column(name = "proceedings_id", nullable = false)
    private UUID proceedingsId;
    @Column(name = "granted_on", nullable = false)
    private LocalDate grantedOn;
    @Column(nullable = false)
    private int weeks;
    @Column(nullable = false)
    private String reason;
    @Column(name = "previous_deadline", nullable = false)
    private LocalDate previousDeadline;
    @Column(name = "new_deadline", nullable = false)
    private LocalDate newDeadline;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private boolean voided;
    @Version
    private long version;

    protected Extension() {
    }

    /** Call {@link CareProceedings#extend} first; it checks the dates and weeks. */
    public Extension(UUID proceedingsId, LocalDate grantedOn, int weeks, String reason, LocalDate previousDeadline,
            LocalDate newDeadline, String recordedBy, Instant recordedAt) {
        this.id = Ids.next();
        this.proceedingsId = proceedingsId;
        this.grantedOn = grantedOn;
        this.weeks = weeks;
        this.reason = Guards.required(reason, 2000, "Reason");
        this.previousDeadline = previousDeadline;
        this.newDeadline = newDeadline;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public LocalDate getGrantedOn() {
        return grantedOn;
    }

    public ExtensionView view() {
        return new ExtensionView(id, grantedOn, weeks, reason, previousDeadline, newDeadline);
    }
}
