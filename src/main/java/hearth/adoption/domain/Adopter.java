package hearth.adoption.domain;

import hearth.adoption.AdopterDetails;
import hearth.adoption.AdopterDisability;
import hearth.adoption.AdopterGender;
import hearth.adoption.AdopterLegalStatus;
import hearth.adoption.AdopterPerson;
import hearth.adoption.AdopterStage;
import hearth.adoption.AdopterView;
import hearth.audit.KeepsHistory;
import hearth.people.Ethnicity;
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

/**
 * Prospective adopters from enquiry through stage 1, stage 2, approval, match, placement and order; or leaving. Who
 * is adopting (number, legal status, each adopter's sex or gender, ethnicity, disability) is recorded when known.
 */
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
    @Column(name = "adopters_count")
    private Integer adoptersCount;
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_status")
    private AdopterLegalStatus legalStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "first_gender")
    private AdopterGender firstGender;
    @Enumerated(EnumType.STRING)
    @Column(name = "first_ethnicity")
    private Ethnicity firstEthnicity;
    @Enumerated(EnumType.STRING)
    @Column(name = "first_disability")
    private AdopterDisability firstDisability;
    @Enumerated(EnumType.STRING)
    @Column(name = "second_gender")
    private AdopterGender secondGender;
    @Enumerated(EnumType.STRING)
    @Column(name = "second_ethnicity")
    private Ethnicity secondEthnicity;
    @Enumerated(EnumType.STRING)
    @Column(name = "second_disability")
    private AdopterDisability secondDisability;
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

    /** Records (or corrects) who is adopting: number, legal status and each adopter's details, consistent. */
    public void describe(AdopterDetails details) {
        String problem = details == null ? "adopterDetails" : details.problem();
        AdoptionChecks.check(problem == null, problem, "The adopters' details do not fit together");
        this.adoptersCount = details.adopters();
        this.legalStatus = details.legalStatus();
        this.firstGender = details.first().gender();
        this.firstEthnicity = details.first().ethnicity();
        this.firstDisability = details.first().disability();
        AdopterPerson second = details.second();
        this.secondGender = second == null ? null : second.gender();
        this.secondEthnicity = second == null ? null : second.ethnicity();
        this.secondDisability = second == null ? null : second.disability();
    }

    private AdopterDetails details() {
        if (adoptersCount == null || legalStatus == null) {
            return null;
        }
        return new AdopterDetails(adoptersCount, legalStatus,
                new AdopterPerson(firstGender, firstEthnicity, firstDisability),
                secondGender == null && secondEthnicity == null && secondDisability == null ? null
                        : new AdopterPerson(secondGender, secondEthnicity, secondDisability));
    }

    public long getVersion() {
        return version;
    }

    public AdopterView view() {
        return new AdopterView(id, name, enquiryOn, stage1On, stage2On, approvedOn, matchedOn, placedOn, orderOn,
                leftOn, leftReason, details(), version);
    }
}
