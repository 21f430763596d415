package hearth.caseloads.domain;

import hearth.caseloads.WorkKind;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** A period in which a child needed one kind of work, opened and closed by the owning context's events. */
@Entity
@Table(name = "work_period")
public class WorkPeriod {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkKind kind;
    @Column(name = "source_id")
    private UUID sourceId;
    @Column(name = "from_date", nullable = false)
    private LocalDate from;
    @Column(name = "to_date")
    private LocalDate to;
    @Version
    private long version;

    protected WorkPeriod() {
    }

    public WorkPeriod(UUID childId, WorkKind kind, UUID sourceId, LocalDate from) {
        this.id = Ids.next();
        this.childId = childId;
        this.kind = kind;
        this.sourceId = sourceId;
        this.from = from;
    }

    /** Ends the period on a date (never before it began). */
    public void end(LocalDate date) {
        this.to = date.isBefore(from) ? from : date;
    }

    public UUID getChildId() {
        return childId;
    }

    public WorkKind getKind() {
        return kind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }
}
