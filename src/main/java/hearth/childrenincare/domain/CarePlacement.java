package hearth.childrenincare.domain;

import hearth.audit.KeepsHistory;
import hearth.childrenincare.NewPlacement;
import hearth.childrenincare.PlacementChangeReason;
import hearth.childrenincare.PlacementProvider;
import hearth.childrenincare.PlacementType;
import hearth.childrenincare.PlacementView;
import hearth.childrenincare.SiblingArrangement;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A looked after child's placement from its start date: the carer or home, SSDA903 type and provider, postcodes,
 * Ofsted URN, distance from home, the local authority area it is in, out-of-area approval, siblings, and for an
 * emergency placement when the placement plan was agreed and the people concerned notified.
 */
@Entity
@Table(name = "cic_placement")
@KeepsHistory("placement")
public class CarePlacement {

    @Id
    private UUID id;
    @Column(name = "period_id", nullable = false)
    private UUID periodId;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "carer_name", nullable = false)
    private String carerName;
    @Enumerated(EnumType.STRING)
    @Column(name = "placement_type", nullable = false)
    private PlacementType type;
    @Enumerated(EnumType.STRING)
    private PlacementProvider provider;
    @Column(name = "placement_postcode")
    private String placementPostcode;
    @Column(name = "home_postcode")
    private String homePostcode;
    private String urn;
    @Column(name = "distance_miles")
    private BigDecimal distanceMiles;
    @Column(name = "out_of_area", nullable = false)
    private boolean outOfArea;
    @Column(name = "placement_la")
    private String placementLa;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_on")
    private LocalDate approvedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SiblingArrangement siblings;
    @Column(name = "siblings_reason")
    private String siblingsReason;
    @Column(nullable = false)
    private boolean emergency;
    @Column(name = "intended_until_18", nullable = false)
    private boolean intendedUntil18;
    @Enumerated(EnumType.STRING)
    @Column(name = "reason_for_change")
    private PlacementChangeReason reasonForChange;
    @Column(name = "placement_plan_on")
    private LocalDate placementPlanOn;
    @Column(name = "notified_on")
    private LocalDate notifiedOn;
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

    protected CarePlacement() {
    }

    public CarePlacement(UUID periodId, UUID childId, NewPlacement p, String recordedBy, Instant recordedAt) {
        if (p.startDate() == null || p.carerName() == null || p.carerName().isBlank() || p.type() == null
                || p.siblings() == null) {
            throw new IllegalArgumentException("A placement needs a start date, carer or home, type and siblings");
        }
        if (p.outOfArea() && (p.approvedBy() == null || p.approvedBy().isBlank() || p.approvedOn() == null)) {
            throw new IllegalArgumentException("An out-of-area placement needs who approved it and when");
        }
        if ((p.siblings() == SiblingArrangement.APART || p.siblings() == SiblingArrangement.SOME_TOGETHER)
                && (p.siblingsReason() == null || p.siblingsReason().isBlank())) {
            throw new IllegalArgumentException("Siblings placed apart need the reason");
        }
        this.id = Ids.next();
        this.periodId = periodId;
        this.childId = childId;
        this.startDate = p.startDate();
        this.carerName = p.carerName().trim();
        this.type = p.type();
        this.provider = p.provider();
        this.placementPostcode = postcode(p.placementPostcode());
        this.homePostcode = postcode(p.homePostcode());
        this.urn = blankToNull(p.urn());
        this.distanceMiles = p.distanceMiles();
        this.outOfArea = p.outOfArea();
        this.placementLa = blankToNull(p.placementLa());
        if (placementLa != null && placementLa.length() > NewPlacement.MAX_LA) {
            throw new IllegalArgumentException("The placement's local authority is longer than "
                    + NewPlacement.MAX_LA + " characters");
        }
        this.approvedBy = p.outOfArea() ? p.approvedBy() : null;
        this.approvedOn = p.outOfArea() ? p.approvedOn() : null;
        this.siblings = p.siblings();
        this.siblingsReason = blankToNull(p.siblingsReason());
        this.emergency = p.emergency();
        this.intendedUntil18 = p.intendedUntil18();
        this.reasonForChange = p.reasonForChange();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The emergency placement's plan and notifications, as far as they are done. */
    public void followUp(LocalDate planOn, LocalDate notified) {
        if (planOn != null && planOn.isBefore(startDate) || notified != null && notified.isBefore(startDate)) {
            throw new IllegalStateException("childrenincare.error.beforePlacement");
        }
        if (planOn != null) {
            this.placementPlanOn = planOn;
        }
        if (notified != null) {
            this.notifiedOn = notified;
        }
    }

    private static String postcode(String text) {
        String value = blankToNull(text);
        return value == null ? null : value.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public PlacementView view() {
        return new PlacementView(id, periodId, startDate, carerName, type, provider, placementPostcode, homePostcode,
                urn, distanceMiles, outOfArea, placementLa, approvedBy, approvedOn, siblings, siblingsReason, emergency,
                intendedUntil18, reasonForChange, placementPlanOn, notifiedOn, recordedBy, version);
    }

    public UUID getId() {
        return id;
    }

    public UUID getPeriodId() {
        return periodId;
    }

    public UUID getChildId() {
        return childId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public long getVersion() {
        return version;
    }
}
