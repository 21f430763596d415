package hearth.childrenincare.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CareLegalStatusRepository extends JpaRepository<CareLegalStatus, UUID> {

    List<CareLegalStatus> findByPeriodIdAndVoidedFalseOrderByStartDateAscRecordedAtAsc(UUID periodId);

    List<CareLegalStatus> findByPeriodIdInAndVoidedFalseOrderByStartDateAscRecordedAtAsc(java.util.Collection<UUID> ids);
}
