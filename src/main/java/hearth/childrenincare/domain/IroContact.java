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

/** The independent reviewing officer's contact with a looked after child between reviews. */
@Entity
@Table(name = "cic_iro_contact")
@KeepsHistory("IRO contact")
public class IroContact {

    @Id
    private UUID id;
    @Column(name = "period_id", nullable = false)
    private UUID periodId;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "contact_date", nullable = false)
    private LocalDate date;
    @Column(nullable = false)
    private String how;
    @Column(nullable = false)
    private String note;
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

    protected IroContact() {
    }

    public IroContact(UUID periodId, UUID childId, LocalDate date, String how, String note, String recordedBy,
            Instant recordedAt) {
        if (date == null || CareReview.blank(how) || CareReview.blank(note)) {
            throw new IllegalArgumentException("An IRO contact needs a date, how and a note");
        }
        this.id = Ids.next();
        this.periodId = periodId;
        this.childId = childId;
        this.date = date;
        this.how = how;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public IroContactView view() {
        return new IroContactView(id, periodId, date, how, note, recordedBy);
    }
}
