package hearth.childprotection.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CoreGroupRepository extends JpaRepository<CoreGroup, UUID> {

    List<CoreGroup> findByPlanIdAndVoidedFalseOrderByHeldOnDesc(UUID planId);
}
