package hearth.workforce.domain;

import hearth.audit.KeepsHistory;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A child's work held by a team, and by a worker unless held on duty. Allocations are history: a new
 * one ends the last, so "how many social workers in 12 months" is read from them.
 */
@Entity
@Table(name = "allocation")
@KeepsHistory("allocation")
public class Allocation {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "team_id", nullable = false)
    private UUID teamId;
    @Column(name = "worker_username")
    private String workerUsername;
    @Column(name = "allocated_from", nullable = false)
    private LocalDate from;
    @Column(name = "allocated_to")
    private LocalDate to;
    @Column(nullable = false)
    private String reason;
    @Column(name = "allocated_by", nullable = false)
    private String allocatedBy;
    @Version
    private long version;

    protected Allocation() {
    }

    public Allocation(UUID childId, UUID teamId, String workerUsername, LocalDate from, String reason, String by) {
        this.id = Ids.next();
        this.childId = childId;
        this.teamId = teamId;
        this.workerUsername = workerUsername;
        this.from = from;
        this.reason = reason;
        this.allocatedBy = by;
    }

    public void end(LocalDate date) {
        if (to != null) {
            throw new IllegalStateException("Allocation already ended");
        }
        this.to = date.isBefore(from) ? from : date;
    }

    public UUID getChildId() {
        return childId;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public String getWorkerUsername() {
        return workerUsername;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }
}
