package hearth.carehealth.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CarePeriodSeenRepository extends JpaRepository<CarePeriodSeen, UUID> {

    List<CarePeriodSeen> findByChildIdOrderByStartDateDesc(UUID childId);

    List<CarePeriodSeen> findByEndDateIsNull();
}
