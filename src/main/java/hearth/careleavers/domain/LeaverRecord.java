package hearth.careleavers.domain;

import hearth.audit.KeepsHistory;
import hearth.careleavers.LeaverView;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A young person known to the leaving care service: adviser now, circumstances, and whether they are in touch. */
@Entity
@Table(name = "care_leaver")
@KeepsHistory("care leaver")
public class LeaverRecord {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    private String adviser;
    @Column(name = "adviser_since")
    private LocalDate adviserSince;
    @Column(name = "staying_put", nullable = false)
    private boolean stayingPut;
    @Column(name = "in_custody", nullable = false)
    private boolean inCustody;
    @Column(name = "asylum_seeking", nullable = false)
    private boolean asylumSeeking;
    @Column(nullable = false)
    private boolean parent;
    @Column(name = "support_requested_on")
    private LocalDate supportRequestedOn;
    @Column(name = "not_in_touch_since")
    private LocalDate notInTouchSince;
    @Column(name = "last_contact_on")
    private LocalDate lastContactOn;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected LeaverRecord() {
    }

    public LeaverRecord(UUID childId, Instant createdAt) {
        this.id = Ids.next();
        this.childId = childId;
        this.createdAt = createdAt;
    }

    public void allocate(String adviser, LocalDate from) {
        if (adviser == null || adviser.isBlank()) {
            throw new IllegalArgumentException("careleavers.error.adviser");
        }
        if (adviserSince != null && from.isBefore(adviserSince)) {
            throw new IllegalStateException("careleavers.error.allocationBeforeCurrent");
        }
        this.adviser = adviser;
        this.adviserSince = from;
    }

    public void circumstances(boolean stayingPut, boolean inCustody, boolean asylumSeeking, boolean parent) {
        this.stayingPut = stayingPut;
        this.inCustody = inCustody;
        this.asylumSeeking = asylumSeeking;
        this.parent = parent;
    }

    public void supportRequested(LocalDate on) {
        if (supportRequestedOn != null) {
            throw new IllegalStateException("careleavers.error.supportAlreadyRequested");
        }
        this.supportRequestedOn = on;
    }

    /** A contact or attempt: a reached contact puts them back in touch; a miss starts (or continues) not in touch. */
    public void contact(LocalDate on, boolean reached) {
        if (reached) {
            if (lastContactOn == null || on.isAfter(lastContactOn)) {
                lastContactOn = on;
            }
            if (notInTouchSince != null && !on.isBefore(notInTouchSince)) {
                notInTouchSince = null;
            }
        } else if (notInTouchSince == null && (lastContactOn == null || !on.isBefore(lastContactOn))) {
            notInTouchSince = on;
        }
    }

    public UUID getChildId() {
        return childId;
    }

    public String getAdviser() {
        return adviser;
    }

    public LocalDate getNotInTouchSince() {
        return notInTouchSince;
    }

    public long getVersion() {
        return version;
    }

    public LeaverView view() {
        return new LeaverView(childId, adviser, adviserSince, stayingPut, inCustody, asylumSeeking, parent,
                supportRequestedOn, notInTouchSince, lastContactOn, version);
    }
}
