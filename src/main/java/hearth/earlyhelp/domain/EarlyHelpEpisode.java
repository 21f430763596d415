package hearth.earlyhelp.domain;

import hearth.audit.KeepsHistory;
import hearth.earlyhelp.ClosureOutcome;
import hearth.earlyhelp.EpisodeStatus;
import hearth.earlyhelp.EpisodeView;
import hearth.earlyhelp.FamilyAssessment;
import hearth.earlyhelp.LeadProfessional;
import hearth.earlyhelp.Origin;
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

/**
 * One episode of early help for one child. It opens, may wait for a service, and ends stepped up to social
 * care or closed with an outcome; either end is final. Every change is kept in the change history.
 */
@Entity
@Table(name = "early_help_episode")
@KeepsHistory("early help episode")
public class EarlyHelpEpisode {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Origin origin;
    @Column(name = "origin_id")
    private UUID originId;
    @Column(nullable = false)
    private String reason;
    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EpisodeStatus status;
    @Column(name = "service_started_on")
    private LocalDate serviceStartedOn;
    @Column(name = "lead_worker")
    private String leadWorker;
    @Column(name = "lead_name")
    private String leadName;
    @Column(name = "lead_agency")
    private String leadAgency;
    @Column(name = "lead_role")
    private String leadRole;
    @Column(name = "lead_contact")
    private String leadContact;
    @Column(name = "lead_from")
    private LocalDate leadFrom;
    @Column(name = "assessment_started_on")
    private LocalDate assessmentStartedOn;
    @Column(name = "assessment_completed_on")
    private LocalDate assessmentCompletedOn;
    @Column(name = "assessment_completed_by")
    private String assessmentCompletedBy;
    @Column(name = "assessment_summary")
    private String assessmentSummary;
    @Column(name = "stepped_up_on")
    private LocalDate steppedUpOn;
    @Column(name = "step_up_reason")
    private String stepUpReason;
    @Column(name = "step_up_contact_id")
    private UUID stepUpContactId;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "closure_outcome")
    private ClosureOutcome closureOutcome;
    @Column(name = "closure_note")
    private String closureNote;
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

    protected EarlyHelpEpisode() {
    }

    public EarlyHelpEpisode(UUID childId, Origin origin, UUID originId, String reason, LocalDate startedOn, String recordedBy,
            Instant recordedAt) {
        if (childId == null || origin == null || startedOn == null) {
            throw new IllegalArgumentException("An episode needs a child, how it began and a date");
        }
        this.id = Ids.next();
        this.childId = childId;
        this.origin = origin;
        this.originId = originId;
        this.reason = required(reason, "An episode needs the reason for early help");
        this.startedOn = startedOn;
        this.status = EpisodeStatus.OPEN;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** OPEN with no service yet to WAITING. */
    public void waitForService() {
        requireActive();
        if (status == EpisodeStatus.WAITING) {
            throw new IllegalStateException("The family is already on the waiting list");
        }
        if (serviceStartedOn != null) {
            throw new IllegalStateException("The service has already started");
        }
        status = EpisodeStatus.WAITING;
    }

    /** WAITING (or OPEN with no service yet) to OPEN with the service started on a date. */
    public void startService(LocalDate on) {
        requireActive();
        if (serviceStartedOn != null) {
            throw new IllegalStateException("The service has already started");
        }
        notBeforeStart(on, "The service cannot start before the episode began");
        serviceStartedOn = on;
        status = EpisodeStatus.OPEN;
    }

    public void leadBy(String worker, String name, String agency, String role, String contact, LocalDate from) {
        requireActive();
        this.leadWorker = worker;
        this.leadName = required(name, "The lead professional needs a name");
        this.leadAgency = required(agency, "The lead professional needs an agency");
        this.leadRole = required(role, "The lead professional needs a role");
        if (worker == null) {
            required(contact, "A partner lead professional needs contact details");
        }
        this.leadContact = contact == null || contact.isBlank() ? null : contact;
        this.leadFrom = from;
    }

    public void assessed(FamilyAssessment a) {
        requireActive();
        if (a.startedOn() == null) {
            throw new IllegalArgumentException("The assessment needs a start date");
        }
        if (a.completedOn() != null) {
            if (a.completedOn().isBefore(a.startedOn())) {
                throw new IllegalArgumentException("The assessment cannot be completed before it started");
            }
            required(a.completedBy(), "Say who completed the assessment");
            required(a.summary(), "A completed assessment needs a summary");
        }
        this.assessmentStartedOn = a.startedOn();
        this.assessmentCompletedOn = a.completedOn();
        this.assessmentCompletedBy = blankToNull(a.completedBy());
        this.assessmentSummary = blankToNull(a.summary());
    }

    public void stepUp(LocalDate on, String why, UUID contactId) {
        requireActive();
        notBeforeStart(on, "An episode cannot be stepped up before it began");
        this.stepUpReason = required(why, "Stepping up needs a reason");
        this.steppedUpOn = on;
        this.stepUpContactId = contactId;
        this.status = EpisodeStatus.STEPPED_UP;
    }

    public void close(LocalDate on, ClosureOutcome outcome, String note) {
        requireActive();
        if (outcome == null) {
            throw new IllegalArgumentException("Closing needs an outcome");
        }
        notBeforeStart(on, "An episode cannot close before it began");
        this.closedOn = on;
        this.closureOutcome = outcome;
        this.closureNote = blankToNull(note);
        this.status = EpisodeStatus.CLOSED;
    }

    public void voidEpisode(String why) {
        if (voided) {
            throw new IllegalStateException("The episode is already voided");
        }
        this.voidReason = required(why, "Voiding needs a reason");
        this.voided = true;
    }

    public void requireActive() {
        if (voided) {
            throw new IllegalStateException("This episode was voided");
        }
        if (!status.active()) {
            throw new IllegalStateException("This episode has ended (" + status + ")");
        }
    }

    private void notBeforeStart(LocalDate on, String message) {
        if (on == null) {
            throw new IllegalArgumentException("A date is needed");
        }
        if (on.isBefore(startedOn)) {
            throw new IllegalArgumentException(message);
        }
    }

    static String required(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public EpisodeView view() {
        LeadProfessional lead = leadName == null ? null
                : new LeadProfessional(leadWorker, leadName, leadAgency, leadRole, leadContact);
        FamilyAssessment assessment = assessmentStartedOn == null ? null
                : new FamilyAssessment(assessmentStartedOn, assessmentCompletedOn, assessmentCompletedBy,
                        assessmentSummary);
        return new EpisodeView(id, childId, origin, originId, reason, startedOn, status, serviceStartedOn, lead,
                leadFrom, assessment, steppedUpOn, stepUpReason, stepUpContactId, closedOn, closureOutcome,
                closureNote, recordedBy, version);
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public EpisodeStatus getStatus() {
        return status;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public boolean isVoided() {
        return voided;
    }

    public long getVersion() {
        return version;
    }
}
