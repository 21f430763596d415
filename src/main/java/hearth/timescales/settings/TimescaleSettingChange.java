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

/** One change to a local standard: who, when, the value before and after. Never changed or deleted. */
@Entity
@Table(name = "timescale_setting_change")
public class TimescaleSettingChange {

    @Id
    private UUID id;
    @Column(name = "setting_key", nullable = false)
    private String key;
    @Column(name = "before_amount", nullable = false)
    private int beforeAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "before_unit", nullable = false)
    private DeadlineUnit beforeUnit;
    @Column(name = "after_amount", nullable = false)
    private int afterAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "after_unit", nullable = false)
    private DeadlineUnit afterUnit;
    @Column(name = "changed_by", nullable = false)
    private String changedBy;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Version
    private long version;

    protected TimescaleSettingChange() {
    }

    TimescaleSettingChange(String key, Deadline before, Deadline after, String by, Instant at) {
        this.id = Ids.next();
        this.key = key;
        this.beforeAmount = before.amount();
        this.beforeUnit = before.unit();
        this.afterAmount = after.amount();
        this.afterUnit = after.unit();
        this.changedBy = by;
        this.changedAt = at;
    }

    public String getKey() {
        return key;
    }

    public Deadline before() {
        return Deadline.of(beforeAmount, beforeUnit);
    }

    public Deadline after() {
        return Deadline.of(afterAmount, afterUnit);
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
