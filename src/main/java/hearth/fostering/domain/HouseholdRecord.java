package hearth.fostering.domain;

import hearth.fostering.HouseholdRecordKind;
import hearth.fostering.HouseholdView;
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

/** A review, support visit, training or allegation recorded about a foster carer household. */
@Entity
@Table(name = "fostering_household_event")
public class HouseholdRecord {

    /** The status an allegation is recorded with; the LADO's record will link to it later. */
    public static final String REFERRED_TO_LADO = "REFERRED_TO_LADO";

    @Id
    private UUID id;
    @Column(name = "household_id", nullable = false)
    private UUID householdId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HouseholdRecordKind kind;
    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;
    @Column(nullable = false)
    private String details;
    @Column(name = "to_panel", nullable = false)
    private boolean toPanel;
    private String status;
    @Column(name = "lado_ref")
    private UUID ladoRef;
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

    protected HouseholdRecord() {
    }

    public HouseholdRecord(UUID householdId, HouseholdRecordKind kind, LocalDate on, String details, boolean toPanel,
            String recordedBy, Instant recordedAt) {
        this.id = Ids.next();
        this.householdId = householdId;
        this.kind = kind;
        this.happenedOn = on;
        this.details = FosteringChecks.required(details, 4000, "The details");
        this.toPanel = toPanel;
        this.status = kind == HouseholdRecordKind.ALLEGATION ? REFERRED_TO_LADO : null;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public HouseholdView.Entry view() {
        return new HouseholdView.Entry(id, kind, happenedOn, details, toPanel, status);
    }
}
