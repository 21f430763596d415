package hearth.workforce.domain;

import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A service (e.g. "Children's social care: early help and safeguarding") grouping teams. */
@Entity
@Table(name = "service_area")
public class ServiceArea {

    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String name;
    @Column(name = "manager_username")
    private String managerUsername;
    @Version
    private long version;

    protected ServiceArea() {
    }

    public ServiceArea(String name, String managerUsername) {
        this.id = Ids.next();
        this.name = name;
        this.managerUsername = managerUsername;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getManagerUsername() {
        return managerUsername;
    }
}
