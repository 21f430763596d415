package hearth.caseloads.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A caseload weight or threshold as an administrator set it. */
@Entity
@Table(name = "caseload_setting")
public class CaseloadSetting {

    @Id
    @Column(name = "setting_key")
    private String key;
    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal amount;
    @Column(name = "changed_by", nullable = false)
    private String changedBy;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Version
    private long version;

    protected CaseloadSetting() {
    }

    public CaseloadSetting(String key) {
        this.key = key;
    }

    public void set(BigDecimal amount, String by, Instant at) {
        this.amount = amount;
        this.changedBy = by;
        this.changedAt = at;
    }

    public String getKey() {
        return key;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
