package hearth.childinneed.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanNeedRepository extends JpaRepository<PlanNeed, UUID> {

    List<PlanNeed> findByPlanIdAndVoidedFalseOrderByCreatedAtAsc(UUID planId);
}
