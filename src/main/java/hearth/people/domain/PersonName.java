package hearth.people.domain;

import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A name a person is or was known by, with phonetic keys so a search finds "Mohammed" from
 * "Muhammad" and "Smyth" from "Smith". Names are never deleted: a change makes the old one former.
 */
@Entity
@Table(name = "person_name")
public class PersonName {

    public enum Kind { CURRENT, FORMER, ALIAS }

    @Id
    private UUID id;
    @Column(name = "person_id", nullable = false)
    private UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(name = "first_name", nullable = false)
    private String firstName;
    @Column(name = "last_name", nullable = false)
    private String lastName;
    @Column(name = "first_key", nullable = false)
    private String firstKey;
    @Column(name = "last_key", nullable = false)
    private String lastKey;
    @Column(name = "first_lower", nullable = false)
    private String firstLower;
    @Column(name = "last_lower", nullable = false)
    private String lastLower;
    @Column(name = "used_until")
    private LocalDate usedUntil;

    protected PersonName() {
    }

    public PersonName(UUID personId, Kind kind, String firstName, String lastName) {
        this.id = Ids.next();
        this.personId = personId;
        this.kind = kind;
        this.firstName = firstName;
        this.lastName = lastName;
        this.firstKey = NameKeys.key(firstName);
        this.lastKey = NameKeys.key(lastName);
        this.firstLower = NameKeys.plain(firstName);
        this.lastLower = NameKeys.plain(lastName);
    }

    public void becomeFormer(LocalDate until) {
        this.kind = Kind.FORMER;
        this.usedUntil = until;
    }

    public UUID getPersonId() {
        return personId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public LocalDate getUsedUntil() {
        return usedUntil;
    }
}
