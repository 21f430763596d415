package hearth.childprotection.domain;

import hearth.audit.KeepsHistory;
import hearth.childprotection.DisagreementView;
import hearth.childprotection.NewDisagreement;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Agencies disagree about the level of risk to a child: how it was escalated, then how it was resolved. */
@Entity
@Table(name = "cp_disagreement")
@KeepsHistory("disagreement between agencies")
public class Disagreement {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;
    @Column(nullable = false)
    private String agencies;
    @Column(nullable = false)
    private String about;
    @Column(nullable = false)
    private String escalation;
    @Column(nullable = false)
    private String status;
    @Column(name = "resolved_on")
    private LocalDate resolvedOn;
    private String resolution;
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

    protected Disagreement() {
    }

    public Disagreement(UUID childId, NewDisagreement d, String recordedBy, Instant recordedAt) {
        if (d.raisedOn() == null) {
            throw new IllegalArgumentException("The date raised is needed");
        }
        this.id = Ids.next();
        this.childId = childId;
        this.raisedOn = d.raisedOn();
        this.agencies = Text.required(d.agencies(), "The agencies");
        this.about = Text.required(d.about(), "What the disagreement is about");
        this.escalation = Text.required(d.escalation(), "How it was escalated");
        this.status = "OPEN";
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** OPEN to RESOLVED, once, on or after the day it was raised. */
    public void resolve(LocalDate on, String resolution) {
        if (!"OPEN".equals(status)) {
            throw new IllegalStateException("The disagreement is already resolved");
        }
        if (on == null || on.isBefore(raisedOn)) {
            throw new IllegalArgumentException("A disagreement cannot be resolved before it was raised");
        }
        this.resolution = Text.required(resolution, "How it was resolved");
        this.resolvedOn = on;
        this.status = "RESOLVED";
    }

    public DisagreementView view() {
        return new DisagreementView(id, childId, raisedOn, agencies, about, escalation, "RESOLVED".equals(status),
                resolvedOn, resolution, recordedBy, version);
    }

    public UUID getId() {
        return id;
    }

    public boolean isVoided() {
        return voided;
    }

    public long getVersion() {
        return version;
    }
}
