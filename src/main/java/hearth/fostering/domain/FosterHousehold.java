package hearth.fostering.domain;

import hearth.audit.KeepsHistory;
import hearth.fostering.HouseholdStage;
import hearth.fostering.HouseholdView;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A foster carer household from the first enquiry through assessment and the fostering panel to approval (terms and
 * places), with its annual reviews of approval; or leaving at any stage, with the reason.
 */
@Entity
@Table(name = "fostering_household")
@KeepsHistory("foster carer household")
public class FosterHousehold {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String name;
    private String address;
    @Column(name = "enquiry_on", nullable = false)
    private LocalDate enquiryOn;
    @Column(name = "assessment_started_on")
    private LocalDate assessmentStartedOn;
    @Column(name = "panel_on")
    private LocalDate panelOn;
    @Column(name = "approved_on")
    private LocalDate approvedOn;
    private String terms;
    private Integer places;
    @Column(name = "last_review_on")
    private LocalDate lastReviewOn;
    @Column(name = "reviews_held", nullable = false)
    private int reviewsHeld;
    @Column(name = "supervising_worker")
    private String supervisingWorker;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "end_reason")
    private String endReason;
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

    protected FosterHousehold() {
    }

    public FosterHousehold(String name, String address, LocalDate enquiryOn, LocalDate today, String recordedBy,
            Instant recordedAt) {
        FosteringChecks.notFuture(enquiryOn, today, "The enquiry");
        this.id = Ids.next();
        this.name = FosteringChecks.required(name, 200, "The household's name");
        this.address = FosteringChecks.optional(address, 500, "The address");
        this.enquiryOn = enquiryOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    private HouseholdStage stage() {
        return view(List.of()).stage();
    }

    /** Moves to the next stage on {@code on}; approval needs the terms and the number of places. */
    public void advance(HouseholdStage to, LocalDate on, String terms, Integer places, String reason, LocalDate today) {
        HouseholdStage now = stage();
        FosteringChecks.check(now != HouseholdStage.LEFT, "householdLeft", "The household has left");
        FosteringChecks.notFuture(on, today, "The date");
        FosteringChecks.check(!on.isBefore(enquiryOn), "beforeEnquiry", "The date is before the enquiry");
        switch (to) {
            case ASSESSMENT -> {
                FosteringChecks.check(now == HouseholdStage.ENQUIRY, "stageOrder", "Stages follow each other");
                assessmentStartedOn = on;
            }
            case PANEL -> {
                FosteringChecks.check(now == HouseholdStage.ASSESSMENT, "stageOrder", "Stages follow each other");
                panelOn = on;
            }
            case APPROVED -> {
                FosteringChecks.check(now == HouseholdStage.PANEL, "stageOrder", "Stages follow each other");
                this.terms = FosteringChecks.required(terms, 500, "The terms of approval");
                FosteringChecks.check(places != null && places >= 1 && places <= 6, "places", "1 to 6 places");
                this.places = places;
                approvedOn = on;
            }
            case LEFT -> {
                this.endReason = FosteringChecks.required(reason, 1000, "The reason");
                endedOn = on;
            }
            default -> FosteringChecks.check(false, "stageOrder", "Stages follow each other");
        }
    }

    /** An annual review of approval; the first one must go to the fostering panel (FSR 2011 reg 28). */
    public void reviewed(LocalDate on, boolean toPanel) {
        FosteringChecks.check(approvedOn != null && endedOn == null, "notApproved", "Only an approved household is reviewed");
        FosteringChecks.check(!on.isBefore(approvedOn), "beforeApproval", "The review is before the approval");
        FosteringChecks.check(reviewsHeld > 0 || toPanel, "firstReviewToPanel",
                "The first annual review must go to the fostering panel");
        lastReviewOn = on;
        reviewsHeld++;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public HouseholdView view(List<HouseholdView.Entry> records) {
        return new HouseholdView(id, name, address, enquiryOn, assessmentStartedOn, panelOn, approvedOn, terms, places,
                lastReviewOn, reviewsHeld, endedOn, endReason, version, records);
    }
}
