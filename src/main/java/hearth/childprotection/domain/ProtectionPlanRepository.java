package hearth.childprotection.domain;

import hearth.childprotection.PlanStatus;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProtectionPlanRepository extends JpaRepository<ProtectionPlan, UUID> {

    List<ProtectionPlan> findByChildIdAndVoidedFalseOrderByStartDateDesc(UUID childId);

    List<ProtectionPlan> findByStatusAndVoidedFalse(PlanStatus status);
}
