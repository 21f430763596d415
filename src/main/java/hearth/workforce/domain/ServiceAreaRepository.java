package hearth.workforce.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceAreaRepository extends JpaRepository<ServiceArea, UUID> {

    Optional<ServiceArea> findByName(String name);
}
