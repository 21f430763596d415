package hearth.workforce.domain;

import hearth.audit.KeepsHistory;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
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
    @Column(name = "newly_qualified_until")
    private LocalDate newlyQualifiedUntil;
    @Column(name = "role_label")
    private String roleLabel;
    private String qualification;
    @Column(name = "registration_number")
    private String registrationNumber;
    @Column(nullable = false)
    private boolean agency;
    @Column(nullable = false, precision = 4, scale = 2)
    private BigDecimal fte = BigDecimal.ONE;
    @Column(name = "leaving_reason")
    private String leavingReason;
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

    /** Marks the worker as newly qualified (in their assessed and supported year in employment) until a date. */
    public void newlyQualifiedUntil(LocalDate until) {
        this.newlyQualifiedUntil = until;
    }

    public boolean isNewlyQualifiedOn(LocalDate date) {
        return newlyQualifiedUntil != null && !date.isAfter(newlyQualifiedUntil);
    }

    public LocalDate getNewlyQualifiedUntil() {
        return newlyQualifiedUntil;
    }

    /** Changes the worker's profile; the caller has checked {@code expectedVersion} against {@link #getVersion()}. */
    public void profile(String roleLabel, String jobTitle, String qualification, String registrationNumber,
            boolean agency, BigDecimal fte, LocalDate startedOn, LocalDate newlyQualifiedUntil) {
        this.roleLabel = roleLabel;
        this.jobTitle = jobTitle;
        this.qualification = qualification;
        this.registrationNumber = registrationNumber;
        this.agency = agency;
        this.fte = fte;
        this.startedOn = startedOn;
        this.newlyQualifiedUntil = newlyQualifiedUntil;
    }

    /** The worker left on a date; the record is kept (never deleted) and they hold no new work. */
    public void left(LocalDate on, String reason) {
        this.leftOn = on;
        this.leavingReason = reason;
    }

    public String getRoleLabel() {
        return roleLabel;
    }

    public String getQualification() {
        return qualification;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public boolean isAgency() {
        return agency;
    }

    public BigDecimal getFte() {
        return fte;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public String getLeavingReason() {
        return leavingReason;
    }

    public long getVersion() {
        return version;
    }

    public UUID getId() {
        return id;
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
