package hearth.childinneed.domain;

import hearth.audit.KeepsHistory;
import hearth.childinneed.VisitView;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A visit to a child in need: seen, seen alone, and the child's wishes and feelings in their own words. */
@Entity
@Table(name = "cin_visit")
@KeepsHistory("child in need visit")
public class CinVisit {

    @Id
    private UUID id;
    @Column(name = "episode_id", nullable = false)
    private UUID episodeId;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "visit_date", nullable = false)
    private LocalDate date;
    @Column(nullable = false)
    private boolean seen;
    @Column(name = "seen_alone", nullable = false)
    private boolean seenAlone;
    @Column(name = "wishes_and_feelings", nullable = false)
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

    protected CinVisit() {
    }

    public CinVisit(UUID episodeId, UUID childId, LocalDate date, boolean seen, boolean seenAlone,
            String wishesAndFeelings, String recordedBy, Instant recordedAt) {
        if (date == null || wishesAndFeelings == null || wishesAndFeelings.isBlank()) {
            throw new IllegalArgumentException("A visit needs a date and the child's wishes and feelings");
        }
        if (seenAlone && !seen) {
            throw new IllegalArgumentException("A child not seen cannot have been seen alone");
        }
        this.id = Ids.next();
        this.episodeId = episodeId;
        this.childId = childId;
        this.date = date;
        this.seen = seen;
        this.seenAlone = seenAlone;
        this.wishesAndFeelings = wishesAndFeelings;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public VisitView view() {
        return new VisitView(id, episodeId, date, seen, seenAlone, wishesAndFeelings, recordedBy);
    }

    public UUID getId() {
        return id;
    }
}
