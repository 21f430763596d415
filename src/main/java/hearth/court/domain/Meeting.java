package hearth.court.domain;

import hearth.audit.KeepsHistory;
import hearth.court.MeetingKind;
import hearth.court.MeetingView;
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

/** A pre-proceedings meeting or review: who came and what progress the family has made. */
@Entity
@Table(name = "court_plo_meeting")
@KeepsHistory("pre-proceedings meeting")
public class Meeting {

    @Id
    private UUID id;
    @Column(name = "pre_proceedings_id", nullable = false)
    private UUID preProceedingsId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingKind kind;
    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;
    @Column(nullable = false)
    private String attendees;
    @Column(nullable = false)
    private String progress;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private boolean voided;
    @Version
    private long version;

    protected Meeting() {
    }

    /** Call {@link PreProceedings#checkMeeting} first. */
    public Meeting(UUID preProceedingsId, MeetingKind kind, LocalDate date, String attendees, String progress,
            String recordedBy, Instant recordedAt) {
        if (kind == null) {
            throw new IllegalArgumentException("A meeting needs a kind");
        }
        this.id = Ids.next();
        this.preProceedingsId = preProceedingsId;
        this.kind = kind;
        this.date = date;
        this.attendees = Guards.required(attendees, 1000, "Attendees");
        this.progress = Guards.required(progress, 4000, "Progress");
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public MeetingView view() {
        return new MeetingView(id, preProceedingsId, kind, date, attendees, progress, recordedBy);
    }
}
