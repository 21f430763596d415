package hearth.childprotection.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProtectionVisitRepository extends JpaRepository<ProtectionVisit, UUID> {

    List<ProtectionVisit> findByPlanIdAndVoidedFalseOrderByVisitedOnDesc(UUID planId);

    List<ProtectionVisit> findByPlanIdInAndVoidedFalseOrderByVisitedOnDesc(java.util.Collection<UUID> planIds);
}
