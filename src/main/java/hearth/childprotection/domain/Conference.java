package hearth.childprotection.domain;

import hearth.audit.KeepsHistory;
import hearth.childprotection.AbuseCategory;
import hearth.childprotection.ConferenceDecision;
import hearth.childprotection.ConferenceKind;
import hearth.childprotection.ConferenceView;
import hearth.childprotection.NewConference;
import hearth.childprotection.ParentsAttendance;
import hearth.childprotection.PlanEndReason;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An initial (pre-birth when the child is unborn) or review child protection conference, as the chair records it. */
@Entity
@Table(name = "cp_conference")
@KeepsHistory("child protection conference")
public class Conference {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConferenceKind kind;
    @Column(name = "pre_birth", nullable = false)
    private boolean preBirth;
    @Column(name = "enquiry_id")
    private UUID enquiryId;
    @Column(name = "plan_id")
    private UUID planId;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Embedded
    private Attendees attendees;
    @Enumerated(EnumType.STRING)
    @Column(name = "parents_attendance", nullable = false)
    private ParentsAttendance parents;
    @Column(name = "child_views", nullable = false)
    private String childViews;
    @Column(name = "advocate_offered", nullable = false)
    private boolean advocateOffered;
    @Column(name = "advocate_declined", nullable = false)
    private boolean advocateDeclined;
    @Column(nullable = false)
    private String chair;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConferenceDecision decision;
    @Enumerated(EnumType.STRING)
    private AbuseCategory category;
    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private PlanEndReason endReason;
    @Column(name = "continues_cin")
    private Boolean continuesCin;
    private String summary;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected Conference() {
    }

    /**
     * Checks the chair's record: the decision fits the kind, a plan has a category, an ended plan a reason and
     * whether the child continues as a child in need, an advocate is only declined when offered.
     */
    public Conference(UUID childId, ConferenceKind kind, boolean preBirth, UUID enquiryId, UUID planId,
            NewConference c, String chair, Instant now) {
        if (c.heldOn() == null) {
            throw new IllegalArgumentException("The conference date is needed");
        }
        if (c.decision() == null || !c.decision().fits(kind)) {
            throw new IllegalArgumentException("That decision is not one this conference can make");
        }
        if (c.decision() == ConferenceDecision.PLAN && c.category() == null) {
            throw new IllegalArgumentException("A plan needs a category of abuse");
        }
        if (c.decision() == ConferenceDecision.END_PLAN
                && (c.endReason() == null || c.continuesAsChildInNeed() == null)) {
            throw new IllegalArgumentException("Ending a plan needs a reason and whether the child continues as a child in need");
        }
        if (c.advocateDeclined() && !c.advocateOffered()) {
            throw new IllegalArgumentException("An advocate can only be declined once offered");
        }
        if (c.parents() == null) {
            throw new IllegalArgumentException("Record whether the parents attended");
        }
        this.id = Ids.next();
        this.childId = childId;
        this.kind = kind;
        this.preBirth = preBirth;
        this.enquiryId = enquiryId;
        this.planId = planId;
        this.heldOn = c.heldOn();
        this.attendees = Attendees.of(c.attendance());
        this.parents = c.parents();
        this.childViews = Text.required(c.childViews(), "The child's views");
        this.advocateOffered = c.advocateOffered();
        this.advocateDeclined = c.advocateDeclined();
        this.chair = chair;
        this.decision = c.decision();
        this.category = c.decision() == ConferenceDecision.NO_PLAN || c.decision() == ConferenceDecision.END_PLAN
                ? null : c.category();
        this.endReason = c.decision() == ConferenceDecision.END_PLAN ? c.endReason() : null;
        this.continuesCin = c.decision() == ConferenceDecision.END_PLAN ? c.continuesAsChildInNeed() : null;
        this.summary = Text.optional(c.summary());
        this.recordedAt = now;
    }

    public void startedPlan(UUID planId) {
        this.planId = planId;
    }

    public ConferenceView view() {
        return new ConferenceView(id, childId, kind, preBirth, enquiryId, planId, heldOn, attendees.view(), parents,
                childViews, advocateOffered, advocateDeclined, chair, decision, category, endReason, continuesCin,
                summary);
    }

    public UUID getId() {
        return id;
    }

    public boolean isVoided() {
        return voided;
    }
}
