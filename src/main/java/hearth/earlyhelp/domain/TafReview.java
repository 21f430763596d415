package hearth.earlyhelp.domain;

import hearth.audit.KeepsHistory;
import hearth.earlyhelp.Attendee;
import hearth.earlyhelp.ReviewDecision;
import hearth.earlyhelp.ReviewView;
import hearth.shared.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A team-around-the-family review: when, who came from which agency, the progress seen and the decision. */
@Entity
@Table(name = "early_help_review")
@KeepsHistory("early help review")
public class TafReview {

    @Id
    private UUID id;
    @Column(name = "episode_id", nullable = false)
    private UUID episodeId;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "early_help_review_attendee", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "attendee_order")
    private List<Present> attendees = new ArrayList<>();
    @Column(nullable = false)
    private String progress;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewDecision decision;
    @Column(name = "decision_note")
    private String decisionNote;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private boolean voided;
    @Version
    private long version;

    /** One attendee as stored. */
    @Embeddable
    public static class Present {
        @Column(nullable = false)
        private String name;
        @Column(nullable = false)
        private String agency;

        protected Present() {
        }

        Present(String name, String agency) {
            this.name = EarlyHelpEpisode.required(name, "An attendee needs a name");
            this.agency = EarlyHelpEpisode.required(agency, "An attendee needs an agency");
        }
    }

    protected TafReview() {
    }

    public TafReview(UUID episodeId, LocalDate heldOn, List<Attendee> attendees, String progress,
            ReviewDecision decision, String decisionNote, String recordedBy, Instant recordedAt) {
        if (heldOn == null || decision == null) {
            throw new IllegalArgumentException("A review needs a date and a decision");
        }
        if (attendees == null || attendees.isEmpty()) {
            throw new IllegalArgumentException("A review needs the people who attended");
        }
        this.id = Ids.next();
        this.episodeId = episodeId;
        this.heldOn = heldOn;
        attendees.forEach(a -> this.attendees.add(new Present(a.name(), a.agency())));
        this.progress = EarlyHelpEpisode.required(progress, "A review needs the progress made");
        this.decision = decision;
        this.decisionNote = decisionNote == null || decisionNote.isBlank() ? null : decisionNote;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public ReviewView view() {
        return new ReviewView(id, episodeId, heldOn,
                attendees.stream().map(p -> new Attendee(p.name, p.agency)).toList(), progress, decision,
                decisionNote, recordedBy);
    }
}
