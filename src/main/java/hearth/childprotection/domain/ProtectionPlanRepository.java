package hearth.childprotection.domain;

import hearth.childprotection.PlanStatus;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProtectionPlanRepository extends JpaRepository<ProtectionPlan, UUID> {

    List<ProtectionPlan> findByChildIdAndVoidedFalseOrderByStartDateDesc(UUID childId);

    List<ProtectionPlan> findByChildIdInAndVoidedFalse(java.util.Collection<UUID> childIds);

    List<ProtectionPlan> findByStatusAndVoidedFalse(PlanStatus status);

    @org.springframework.data.jpa.repository.Query("select p from ProtectionPlan p where p.voided = false"
            + " and p.startDate <= :to and (p.endDate is null or p.endDate >= :from)")
    List<ProtectionPlan> overlapping(java.time.LocalDate from, java.time.LocalDate to);

    @org.springframework.data.jpa.repository.Query("select p from ProtectionPlan p where p.voided = false"
            + " and p.startDate <= :to and (p.endDate is null or p.endDate >= :from) order by p.startDate")
    List<ProtectionPlan> findOpenDuring(java.time.LocalDate from, java.time.LocalDate to);
}
