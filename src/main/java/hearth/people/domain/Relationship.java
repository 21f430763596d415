package hearth.people.domain;

import hearth.audit.KeepsHistory;
import hearth.people.RelationshipType;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** "Person is the TYPE of related person", e.g. Jo is the MOTHER of Sam. Stored once per direction. */
@Entity
@Table(name = "relationship")
@KeepsHistory("relationship")
public class Relationship {

    @Id
    private UUID id;
    @Column(name = "person_id", nullable = false)
    private UUID personId;
    @Column(name = "related_person_id", nullable = false)
    private UUID relatedPersonId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RelationshipType type;
    @Column(name = "lives_with", nullable = false)
    private boolean livesWith;
    @Column(name = "parental_responsibility", nullable = false)
    private boolean parentalResponsibility;
    @Column(name = "started_on")
    private LocalDate startedOn;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected Relationship() {
    }

    public Relationship(UUID personId, UUID relatedPersonId, RelationshipType type, boolean livesWith,
            boolean parentalResponsibility, LocalDate startedOn) {
        if (personId.equals(relatedPersonId)) {
            throw new IllegalArgumentException("A person cannot be related to themselves");
        }
        this.id = Ids.next();
        this.personId = personId;
        this.relatedPersonId = relatedPersonId;
        this.type = type;
        this.livesWith = livesWith;
        this.parentalResponsibility = parentalResponsibility;
        this.startedOn = startedOn;
    }

    public void end(LocalDate date) {
        this.endedOn = date;
    }

    public void voidRelationship(String reason) {
        this.voided = true;
        this.voidReason = reason;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPersonId() {
        return personId;
    }

    public UUID getRelatedPersonId() {
        return relatedPersonId;
    }

    public RelationshipType getType() {
        return type;
    }

    public boolean isLivesWith() {
        return livesWith;
    }

    public boolean isParentalResponsibility() {
        return parentalResponsibility;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public boolean isVoided() {
        return voided;
    }
}
