package hearth.timescales.settings;

import hearth.shared.Ids;
import hearth.timescales.Deadline;
import hearth.timescales.DeadlineUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The value an administrator set for a local standard; standards never changed keep their default. */
@Entity
@Table(name = "timescale_setting")
public class TimescaleSetting {

    @Id
    private UUID id;
    @Column(name = "setting_key", nullable = false, unique = true)
    private String key;
    @Column(nullable = false)
    private int amount;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeadlineUnit unit;
    @Column(name = "changed_by", nullable = false)
    private String changedBy;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Version
    private long version;

    protected TimescaleSetting() {
    }

    TimescaleSetting(String key) {
        this.id = Ids.next();
        this.key = key;
    }

    void set(Deadline deadline, String by, Instant at) {
        this.amount = deadline.amount();
        this.unit = deadline.unit();
        this.changedBy = by;
        this.changedAt = at;
    }

    public String getKey() {
        return key;
    }

    public Deadline deadline() {
        return Deadline.of(amount, unit);
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
