package hearth.childrenincare.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CarePlacementRepository extends JpaRepository<CarePlacement, UUID> {

    List<CarePlacement> findByPeriodIdAndVoidedFalseOrderByStartDateAscRecordedAtAsc(UUID periodId);

    List<CarePlacement> findByPeriodIdInAndVoidedFalseOrderByStartDateAscRecordedAtAsc(java.util.Collection<UUID> ids);
}
