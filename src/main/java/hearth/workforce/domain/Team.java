package hearth.workforce.domain;

import hearth.audit.KeepsHistory;
import hearth.shared.Ids;
import hearth.workforce.TeamKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

@Entity
@Table(name = "team")
@KeepsHistory("team")
public class Team {

    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TeamKind kind;
    @Column(name = "service_id", nullable = false)
    private UUID serviceId;
    @Column(name = "manager_username")
    private String managerUsername;
    @Column(name = "funded_fte", precision = 6, scale = 2)
    private java.math.BigDecimal fundedFte;
    @Version
    private long version;

    protected Team() {
    }

    public Team(String name, TeamKind kind, UUID serviceId, String managerUsername) {
        this.id = Ids.next();
        this.name = name;
        this.kind = kind;
        this.serviceId = serviceId;
        this.managerUsername = managerUsername;
    }

    /** Sets the team's establishment: funded posts as full-time equivalents (null when not known). */
    public void establishment(java.math.BigDecimal fundedFte) {
        this.fundedFte = fundedFte;
    }

    public java.math.BigDecimal getFundedFte() {
        return fundedFte;
    }

    public long getVersion() {
        return version;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public TeamKind getKind() {
        return kind;
    }

    public UUID getServiceId() {
        return serviceId;
    }

    public String getManagerUsername() {
        return managerUsername;
    }
}
