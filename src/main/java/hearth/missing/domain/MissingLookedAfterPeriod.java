package hearth.missing.domain;

import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** This context's own copy of a period of care, from children in care's events: episodes from care are told by it. */
@Entity
@Table(name = "missing_looked_after")
public class MissingLookedAfterPeriod {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "period_id", nullable = false)
    private UUID periodId;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Version
    private long version;

    protected MissingLookedAfterPeriod() {
    }

    public MissingLookedAfterPeriod(UUID childId, UUID periodId, LocalDate startDate) {
        this.id = Ids.next();
        this.childId = childId;
        this.periodId = periodId;
        this.startDate = startDate;
    }

    public void ended(LocalDate on) {
        this.endDate = on;
    }

    /** Looked after on this day: from the start, up to but not including the day care ceased. */
    public UUID childId() {
        return childId;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || day.isBefore(endDate));
    }
}
