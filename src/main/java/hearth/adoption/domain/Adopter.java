package hearth.adoption.domain;

import hearth.adoption.AdopterStage;
import hearth.adoption.AdopterView;
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

/** Prospective adopters from enquiry through stage 1, stage 2, approval, match, placement and order; or leaving. */
@Entity
@Table(name = "adoption_adopter")
@KeepsHistory("prospective adopters")
public class Adopter {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String name;
    @Column(name = "enquiry_on", nullable = false)
    private LocalDate enquiryOn;
    @Column(name = "stage1_on")
    private LocalDate stage1On;
    @Column(name = "stage2_on")
    private LocalDate stage2On;
    @Column(name = "approved_on")
    private LocalDate approvedOn;
    @Column(name = "matched_on")
    private LocalDate matchedOn;
    @Column(name = "placed_on")
    private LocalDate placedOn;
    @Column(name = "order_on")
    private LocalDate orderOn;
    @Column(name = "left_on")
    private LocalDate leftOn;
    @Column(name = "left_reason")
    private String leftReason;
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

    protected Adopter() {
    }

    public Adopter(String name, LocalDate enquiryOn, LocalDate today, String recordedBy, Instant recordedAt) {
        AdoptionChecks.date(enquiryOn, null, today, "The enquiry");
        this.id = Ids.next();
        this.name = AdoptionChecks.required(name, 200, "The prospective adopters");
        this.enquiryOn = enquiryOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The next stage on {@code on}: each follows the one before; leaving needs a reason. */
    public void advance(AdopterStage to, LocalDate on, String reason, LocalDate today) {
        AdopterStage now = view().stage();
        AdoptionChecks.check(now != AdopterStage.LEFT && now != AdopterStage.ADOPTED, "adopterEnded",
                "The adopters' journey has ended");
        AdoptionChecks.date(on, enquiryOn, today, "The stage");
        if (to == AdopterStage.LEFT) {
            this.leftReason = AdoptionChecks.required(reason, 1000, "Why they left");
            this.leftOn = on;
            return;
        }
        AdoptionChecks.check(to.ordinal() == now.ordinal() + 1, "adopterOrder",
                "Stages follow each other: stage 1, stage 2, approval, match, placement, order");
        switch (to) {
            case STAGE_ONE -> stage1On = on;
            case STAGE_TWO -> stage2On = on;
            case APPROVED -> approvedOn = on;
            case MATCHED -> matchedOn = on;
            case PLACED -> placedOn = on;
            default -> orderOn = on;
        }
    }

    public long getVersion() {
        return version;
    }

    public AdopterView view() {
        return new AdopterView(id, name, enquiryOn, stage1On, stage2On, approvedOn, matchedOn, placedOn, orderOn,
                leftOn, leftReason, version);
    }
}
