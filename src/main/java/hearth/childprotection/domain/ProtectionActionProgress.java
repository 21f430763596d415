package hearth.childprotection.domain;

import hearth.audit.KeepsHistory;
import hearth.childprotection.ProgressRating;
import hearth.childprotection.ProgressView;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** What a core group said about one plan action. */
@Entity
@Table(name = "cp_action_progress")
@KeepsHistory("action progress")
public class ProtectionActionProgress {

    @Id
    private UUID id;
    @Column(name = "core_group_id", nullable = false)
    private UUID coreGroupId;
    @Column(name = "action_id", nullable = false)
    private UUID actionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProgressRating rating;
    @Column(nullable = false)
    private String progress;
    @Version
    private long version;

    protected ProtectionActionProgress() {
    }

    public ProtectionActionProgress(UUID coreGroupId, UUID actionId, ProgressRating rating, String progress) {
        if (rating == null) {
            throw new IllegalArgumentException("Rate the progress of every action");
        }
        this.id = Ids.next();
        this.coreGroupId = coreGroupId;
        this.actionId = actionId;
        this.rating = rating;
        this.progress = Text.required(progress, "Progress on every action");
    }

    public ProgressView view() {
        return new ProgressView(actionId, rating, progress);
    }
}
