package hearth.assessment.domain;

import hearth.assessment.NewVisit;
import hearth.assessment.VisitView;
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

/** A visit during an assessment. Seen alone only when seen; the child's own words are needed when seen. */
@Entity
@Table(name = "assessment_visit")
@KeepsHistory("assessment visit")
public class Visit {

    @Id
    private UUID id;
    @Column(name = "assessment_id", nullable = false)
    private UUID assessmentId;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "visit_date", nullable = false)
    private LocalDate date;
    @Column(name = "visited_by", nullable = false)
    private String visitedBy;
    @Column(name = "child_seen", nullable = false)
    private boolean childSeen;
    @Column(name = "seen_alone", nullable = false)
    private boolean seenAlone;
    @Column(name = "wishes_and_feelings")
    private String wishesAndFeelings;
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

    protected Visit() {
    }

    public Visit(UUID assessmentId, UUID childId, NewVisit visit, String recordedBy, Instant recordedAt) {
        if (visit.date() == null) {
            throw new IllegalArgumentException("A visit needs its date");
        }
        if (visit.visitedBy() == null || visit.visitedBy().isBlank()) {
            throw new IllegalArgumentException("A visit needs who visited");
        }
        if (visit.seenAlone() && !visit.childSeen()) {
            throw new IllegalArgumentException("A child not seen cannot have been seen alone");
        }
        boolean words = visit.wishesAndFeelings() != null && !visit.wishesAndFeelings().isBlank();
        if (visit.childSeen() && !words) {
            throw new IllegalArgumentException("When the child was seen, record their wishes and feelings");
        }
        this.id = Ids.next();
        this.assessmentId = assessmentId;
        this.childId = childId;
        this.date = visit.date();
        this.visitedBy = visit.visitedBy();
        this.childSeen = visit.childSeen();
        this.seenAlone = visit.seenAlone();
        this.wishesAndFeelings = words ? visit.wishesAndFeelings() : null;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public VisitView view() {
        return new VisitView(id, assessmentId, childId, date, visitedBy, childSeen, seenAlone, wishesAndFeelings,
                recordedBy);
    }

    public UUID getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public boolean isChildSeen() {
        return childSeen;
    }
}
