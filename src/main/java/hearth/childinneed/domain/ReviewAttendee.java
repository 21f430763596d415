package hearth.childinneed.domain;

import hearth.audit.KeepsHistory;
import hearth.childinneed.Attendee;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** Someone invited to a review: name, agency or role, attended or sent apologies. */
@Entity
@Table(name = "cin_review_attendee")
@KeepsHistory("child in need review attendee")
public class ReviewAttendee {

    @Id
    private UUID id;
    @Column(name = "review_id", nullable = false)
    private UUID reviewId;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String name;
    @Column(name = "agency_role", nullable = false)
    private String agencyRole;
    @Column(nullable = false)
    private boolean attended;
    @Version
    private long version;

    protected ReviewAttendee() {
    }

    public ReviewAttendee(UUID reviewId, int position, Attendee attendee) {
        if (attendee.name() == null || attendee.name().isBlank() || attendee.agencyRole() == null
                || attendee.agencyRole().isBlank()) {
            throw new IllegalArgumentException("An attendee needs a name and an agency or role");
        }
        this.id = Ids.next();
        this.reviewId = reviewId;
        this.position = position;
        this.name = attendee.name();
        this.agencyRole = attendee.agencyRole();
        this.attended = attendee.attended();
    }

    public Attendee view() {
        return new Attendee(name, agencyRole, attended);
    }

    public UUID getReviewId() {
        return reviewId;
    }
}
