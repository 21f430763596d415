package hearth.childprotection.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProtectionActionProgressRepository extends JpaRepository<ProtectionActionProgress, UUID> {

    List<ProtectionActionProgress> findByCoreGroupId(UUID coreGroupId);
}
