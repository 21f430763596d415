package hearth.childprotection.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionProgressRepository extends JpaRepository<ActionProgress, UUID> {

    List<ActionProgress> findByCoreGroupId(UUID coreGroupId);
}
