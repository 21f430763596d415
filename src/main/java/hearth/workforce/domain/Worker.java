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

/** Someone who holds children's work, in one team at a time. */
@Entity
@Table(name = "worker")
@KeepsHistory("worker")
public class Worker {

    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String username;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Column(name = "job_title", nullable = false)
    private String jobTitle;
    @Column(name = "team_id", nullable = false)
    private UUID teamId;
    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;
    @Column(name = "left_on")
    private LocalDate leftOn;
    @Column(name = "absent_from")
    private LocalDate absentFrom;
    @Version
    private long version;

    protected Worker() {
    }

    public Worker(String username, String displayName, String jobTitle, UUID teamId, LocalDate startedOn) {
        this.id = Ids.next();
        this.username = username;
        this.displayName = displayName;
        this.jobTitle = jobTitle;
        this.teamId = teamId;
        this.startedOn = startedOn;
    }

    public void moveTo(UUID team) {
        this.teamId = team;
    }

    public void absentFrom(LocalDate date) {
        this.absentFrom = date;
    }

    public void returned() {
        this.absentFrom = null;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public LocalDate getAbsentFrom() {
        return absentFrom;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }
}
