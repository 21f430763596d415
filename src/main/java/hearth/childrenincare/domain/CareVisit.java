package hearth.childrenincare.domain;

import hearth.audit.KeepsHistory;
import hearth.childrenincare.CarePlanView;
import hearth.childrenincare.CareReviewView;
import hearth.childrenincare.CareVisitView;
import hearth.childrenincare.IroContactView;
import hearth.childrenincare.Participation;
import hearth.childrenincare.PermanencePlan;
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

/** A statutory visit to a looked after child in their placement: seen, seen alone and the child's own words. */
@Entity
@Table(name = "cic_visit")
@KeepsHistory("looked after child visit")
public class CareVisit {

    @Id
    private UUID id;
    @Column(name = "period_id", nullable = false)
    private UUID periodId;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "placement_id")
    private UUID placementId;
    @Column(name = "visit_date", nullable = false)
    private LocalDate date;
    @Column(nullable = false)
    private boolean seen;
    @Column(name = "seen_alone", nullable = false)
    private boolean seenAlone;
    @Column(name = "child_words", nullable = false)
    private String childWords;
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

    protected CareVisit() {
    }

    public CareVisit(UUID periodId, UUID childId, UUID placementId, LocalDate date, boolean seen, boolean seenAlone,
            String childWords, String recordedBy, Instant recordedAt) {
        if (date == null || CareReview.blank(childWords)) {
            throw new IllegalArgumentException("A visit needs a date and the child's words");
        }
        if (seenAlone && !seen) {
            throw new IllegalArgumentException("A child not seen cannot have been seen alone");
        }
        this.id = Ids.next();
        this.periodId = periodId;
        this.childId = childId;
        this.placementId = placementId;
        this.date = date;
        this.seen = seen;
        this.seenAlone = seenAlone;
        this.childWords = childWords;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public CareVisitView view() {
        return new CareVisitView(id, periodId, placementId, date, seen, seenAlone, childWords, recordedBy);
    }

    public UUID getId() {
        return id;
    }
}
