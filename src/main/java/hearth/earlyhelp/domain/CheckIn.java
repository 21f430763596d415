package hearth.earlyhelp.domain;

import hearth.audit.KeepsHistory;
import hearth.earlyhelp.CheckInView;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A check-in with a family on the waiting list. */
@Entity
@Table(name = "early_help_check_in")
@KeepsHistory("early help check-in")
public class CheckIn {

    @Id
    private UUID id;
    @Column(name = "waiting_id", nullable = false)
    private UUID waitingId;
    @Column(name = "episode_id", nullable = false)
    private UUID episodeId;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(name = "held_by", nullable = false)
    private String heldBy;
    @Column(nullable = false)
    private String note;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Version
    private long version;

    protected CheckIn() {
    }

    public CheckIn(UUID waitingId, UUID episodeId, LocalDate heldOn, String heldBy, String note, String recordedBy,
            Instant recordedAt) {
        this.id = Ids.next();
        this.waitingId = waitingId;
        this.episodeId = episodeId;
        this.heldOn = heldOn;
        this.heldBy = EarlyHelpEpisode.required(heldBy, "Say who held the check-in");
        this.note = EarlyHelpEpisode.required(note, "A check-in needs a note");
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public CheckInView view() {
        return new CheckInView(id, waitingId, heldOn, heldBy, note, recordedBy);
    }
}
