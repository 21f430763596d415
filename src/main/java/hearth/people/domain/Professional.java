package hearth.people.domain;

import hearth.audit.KeepsHistory;
import hearth.people.ProfessionalRole;
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

/** A professional involved with a child: their school, GP, health visitor and so on. */
@Entity
@Table(name = "professional_involvement")
@KeepsHistory("professional")
public class Professional {

    @Id
    private UUID id;
    @Column(name = "person_id", nullable = false)
    private UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProfessionalRole role;
    @Column(nullable = false)
    private String name;
    private String organisation;
    private String contact;
    @Column(name = "involved_from")
    private LocalDate from;
    @Column(name = "involved_to")
    private LocalDate to;
    @Column(nullable = false)
    private boolean voided;
    @Version
    private long version;

    protected Professional() {
    }

    public Professional(UUID personId, ProfessionalRole role, String name, String organisation, String contact,
            LocalDate from) {
        this.id = Ids.next();
        this.personId = personId;
        this.role = role;
        this.name = name;
        this.organisation = organisation;
        this.contact = contact;
        this.from = from;
    }

    public void ended(LocalDate date) {
        this.to = date;
    }

    public UUID getPersonId() {
        return personId;
    }

    public ProfessionalRole getRole() {
        return role;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getContact() {
        return contact;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public boolean isVoided() {
        return voided;
    }
}
