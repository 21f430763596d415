package hearth.people.domain;

import hearth.audit.KeepsHistory;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** Where a person lived, from and to: addresses are kept as history, never overwritten. */
@Entity
@Table(name = "person_address")
@KeepsHistory("address")
public class Address {

    @Id
    private UUID id;
    @Column(name = "person_id", nullable = false)
    private UUID personId;
    @Column(nullable = false)
    private String line1;
    private String line2;
    @Column(nullable = false)
    private String town;
    @Column(nullable = false)
    private String postcode;
    @Column(name = "lived_from", nullable = false)
    private LocalDate from;
    @Column(name = "lived_to")
    private LocalDate to;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected Address() {
    }

    public Address(UUID personId, String line1, String line2, String town, String postcode, LocalDate from) {
        this.id = Ids.next();
        this.personId = personId;
        this.line1 = line1;
        this.line2 = line2;
        this.town = town;
        this.postcode = postcode.toUpperCase(java.util.Locale.ROOT).trim();
        this.from = from;
    }

    public void movedOut(LocalDate date) {
        if (to == null) {
            this.to = date.isBefore(from) ? from : date;
        }
    }

    public void voidAddress(String reason) {
        this.voided = true;
        this.voidReason = reason;
    }

    public boolean isCurrent() {
        return to == null && !voided;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPersonId() {
        return personId;
    }

    public String getLine1() {
        return line1;
    }

    public String getLine2() {
        return line2;
    }

    public String getTown() {
        return town;
    }

    public String getPostcode() {
        return postcode;
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
