package hearth.earlyhelp.domain;

import hearth.audit.KeepsHistory;
import hearth.earlyhelp.PlanActionView;
import hearth.earlyhelp.Progress;
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

/** One action of the team-around-the-family plan, with its latest progress (earlier progress is in the history). */
@Entity
@Table(name = "early_help_action")
@KeepsHistory("early help plan action")
public class EarlyHelpPlanAction {

    @Id
    private UUID id;
    @Column(name = "episode_id", nullable = false)
    private UUID episodeId;
    @Column(nullable = false)
    private String outcome;
    @Column(nullable = false)
    private String action;
    @Column(nullable = false)
    private String who;
    @Column(name = "by_when", nullable = false)
    private LocalDate byWhen;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Progress progress;
    @Column(name = "progress_note")
    private String progressNote;
    @Column(name = "progress_on")
    private LocalDate progressOn;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private boolean voided;
    @Version
    private long version;

    protected EarlyHelpPlanAction() {
    }

    public EarlyHelpPlanAction(UUID episodeId, String outcome, String action, String who, LocalDate byWhen, String recordedBy,
            Instant recordedAt) {
        if (byWhen == null) {
            throw new IllegalArgumentException("An action needs a date to be done by");
        }
        this.id = Ids.next();
        this.episodeId = episodeId;
        this.outcome = EarlyHelpEpisode.required(outcome, "An action needs the outcome it works towards");
        this.action = EarlyHelpEpisode.required(action, "An action needs saying what will be done");
        this.who = EarlyHelpEpisode.required(who, "An action needs saying who will do it");
        this.byWhen = byWhen;
        this.progress = Progress.NOT_STARTED;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void progressed(Progress progress, String note, LocalDate on) {
        if (progress == null || on == null) {
            throw new IllegalArgumentException("Progress needs a status and a date");
        }
        this.progress = progress;
        this.progressNote = EarlyHelpEpisode.required(note, "Progress needs a note");
        this.progressOn = on;
    }

    public PlanActionView view() {
        return new PlanActionView(id, episodeId, outcome, action, who, byWhen, progress, progressNote, progressOn,
                version);
    }

    public UUID getEpisodeId() {
        return episodeId;
    }

    public boolean isVoided() {
        return voided;
    }

    public long getVersion() {
        return version;
    }
}
