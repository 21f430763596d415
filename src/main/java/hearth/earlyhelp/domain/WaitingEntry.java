package hearth.earlyhelp.domain;

import hearth.audit.KeepsHistory;
import hearth.earlyhelp.LeftWaitingList;
import hearth.earlyhelp.Priority;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A family's place on the early help waiting list, from the day they joined until they leave it. */
@Entity
@Table(name = "early_help_waiting")
@KeepsHistory("early help waiting")
public class WaitingEntry {

    @Id
    private UUID id;
    @Column(name = "episode_id", nullable = false)
    private UUID episodeId;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(nullable = false)
    private String service;
    @Column(nullable = false)
    private LocalDate since;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority;
    @Column(name = "obligation_id")
    private UUID obligationId;
    @Column(name = "last_check_in")
    private LocalDate lastCheckIn;
    @Column(name = "left_on")
    private LocalDate leftOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "left_because")
    private LeftWaitingList leftBecause;
    @Version
    private long version;

    protected WaitingEntry() {
    }

    public WaitingEntry(UUID episodeId, UUID childId, String service, LocalDate since, Priority priority) {
        if (since == null || priority == null) {
            throw new IllegalArgumentException("A place on the waiting list needs a date and a priority");
        }
        this.id = Ids.next();
        this.episodeId = episodeId;
        this.childId = childId;
        this.service = EarlyHelpEpisode.required(service, "Say which service the family is waiting for");
        this.since = since;
        this.priority = priority;
    }

    /** A check-in held on a date: not before they joined, nor before the last check-in, and only while waiting. */
    public void checkedIn(LocalDate on) {
        requireWaiting();
        if (on == null || on.isBefore(since)) {
            throw new IllegalArgumentException("A check-in cannot be before the family joined the waiting list");
        }
        if (lastCheckIn != null && on.isBefore(lastCheckIn)) {
            throw new IllegalArgumentException("A check-in cannot be before the last one recorded");
        }
        lastCheckIn = on;
    }

    public void leave(LocalDate on, LeftWaitingList because) {
        requireWaiting();
        if (on == null || on.isBefore(since)) {
            throw new IllegalArgumentException("A family cannot leave the waiting list before they joined it");
        }
        leftOn = on;
        leftBecause = because;
    }

    public void nextCheckIn(UUID obligationId) {
        this.obligationId = obligationId;
    }

    private void requireWaiting() {
        if (leftOn != null) {
            throw new IllegalStateException("The family has already left the waiting list");
        }
    }

    /** Days on the list, to today while waiting. */
    public long daysWaiting(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(since, leftOn != null ? leftOn : today));
    }

    public boolean isWaiting() {
        return leftOn == null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getEpisodeId() {
        return episodeId;
    }

    public UUID getChildId() {
        return childId;
    }

    public String getService() {
        return service;
    }

    public LocalDate getSince() {
        return since;
    }

    public Priority getPriority() {
        return priority;
    }

    public UUID getObligationId() {
        return obligationId;
    }

    public LocalDate getLastCheckIn() {
        return lastCheckIn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public LeftWaitingList getLeftBecause() {
        return leftBecause;
    }
}
