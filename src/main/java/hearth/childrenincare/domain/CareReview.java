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

/** A looked after child's review, chaired and recorded by the independent reviewing officer. */
@Entity
@Table(name = "cic_review")
@KeepsHistory("looked after child review")
public class CareReview {

    @Id
    private UUID id;
    @Column(name = "period_id", nullable = false)
    private UUID periodId;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "review_date", nullable = false)
    private LocalDate date;
    @Column(name = "chaired_by", nullable = false)
    private String chairedBy;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Participation participation;
    @Column(name = "child_views", nullable = false)
    private String childViews;
    @Column(nullable = false)
    private String discussed;
    @Column(nullable = false)
    private String decisions;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected CareReview() {
    }

    public CareReview(UUID periodId, UUID childId, LocalDate date, String chairedBy, Participation participation,
            String childViews, String discussed, String decisions, Instant recordedAt) {
        if (date == null || participation == null || blank(childViews) || blank(discussed) || blank(decisions)) {
            throw new IllegalArgumentException("A review needs a date, participation, the child's views, what was "
                    + "discussed and the decisions");
        }
        this.id = Ids.next();
        this.periodId = periodId;
        this.childId = childId;
        this.date = date;
        this.chairedBy = chairedBy;
        this.participation = participation;
        this.childViews = childViews;
        this.discussed = discussed;
        this.decisions = decisions;
        this.recordedAt = recordedAt;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public CareReviewView view() {
        return new CareReviewView(id, periodId, date, chairedBy, participation, childViews, discussed, decisions);
    }

    public UUID getId() {
        return id;
    }
}
