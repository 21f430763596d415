package hearth.childrenincare.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CarePlanRepository extends JpaRepository<CarePlan, UUID> {

    List<CarePlan> findByPeriodIdAndVoidedFalseOrderByDateDescRecordedAtDesc(UUID periodId);

    List<CarePlan> findByPeriodIdInAndVoidedFalseOrderByDateDescRecordedAtDesc(java.util.Collection<UUID> periodIds);
}
