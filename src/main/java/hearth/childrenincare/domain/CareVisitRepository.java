package hearth.childrenincare.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CareVisitRepository extends JpaRepository<CareVisit, UUID> {

    List<CareVisit> findByPeriodIdAndVoidedFalseOrderByDateDescRecordedAtDesc(UUID periodId);

    List<CareVisit> findByPeriodIdInAndVoidedFalseOrderByDateDescRecordedAtDesc(java.util.Collection<UUID> periodIds);
}
