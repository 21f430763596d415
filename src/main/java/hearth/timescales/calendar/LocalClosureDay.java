package hearth.timescales.calendar;

import hearth.audit.KeepsHistory;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A day the council closes its offices (e.g. between Christmas and New Year). Voided, never deleted. */
@Entity
@Table(name = "local_closure_day")
@KeepsHistory("local closure day")
public class LocalClosureDay {

    @Id
    private UUID id;
    @Column(name = "closure_date", nullable = false)
    private LocalDate closureDate;
    @Column(nullable = false)
    private String description;
    @Column(name = "added_by", nullable = false)
    private String addedBy;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Column(name = "voided_by")
    private String voidedBy;
    @Column(name = "voided_at")
    private Instant voidedAt;
    @Version
    private long version;

    protected LocalClosureDay() {
    }

    LocalClosureDay(LocalDate closureDate, String description, String addedBy, Instant addedAt) {
        this.id = Ids.next();
        this.closureDate = closureDate;
        this.description = description;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    void voidBecause(String reason, String by, Instant at) {
        this.voided = true;
        this.voidReason = reason;
        this.voidedBy = by;
        this.voidedAt = at;
    }

    public UUID getId() {
        return id;
    }

    public LocalDate getClosureDate() {
        return closureDate;
    }

    public String getDescription() {
        return description;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public boolean isVoided() {
        return voided;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public String getVoidedBy() {
        return voidedBy;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }
}
