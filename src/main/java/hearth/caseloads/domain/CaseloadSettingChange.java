package hearth.caseloads.domain;

import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One change to a caseload weight or threshold: who, when, before and after. Never changed or deleted. */
@Entity
@Table(name = "caseload_setting_change")
public class CaseloadSettingChange {

    @Id
    private UUID id;
    @Column(name = "setting_key", nullable = false)
    private String key;
    @Column(name = "before_amount", nullable = false, precision = 6, scale = 2)
    private BigDecimal before;
    @Column(name = "after_amount", nullable = false, precision = 6, scale = 2)
    private BigDecimal after;
    @Column(name = "changed_by", nullable = false)
    private String changedBy;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Version
    private long version;

    protected CaseloadSettingChange() {
    }

    public CaseloadSettingChange(String key, BigDecimal before, BigDecimal after, String by, Instant at) {
        this.id = Ids.next();
        this.key = key;
        this.before = before;
        this.after = after;
        this.changedBy = by;
        this.changedAt = at;
    }

    public String getKey() {
        return key;
    }

    public BigDecimal getBefore() {
        return before;
    }

    public BigDecimal getAfter() {
        return after;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
